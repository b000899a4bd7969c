package org.semanticinpaint.ij.image;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Rendering;

/**
 * One ImageJ plane as an ImgLib2 image that shares its pixel array (no copy; writes go straight to the plane):
 * X x Y for 8-, 16- and 32-bit, X x Y x 3 (R, G, B) for RGB. Works without imglib2-ij, which is not on Maven Central.
 */
public final class PlaneImages {

	private PlaneImages() {}

	/** The engine accepts any real type; callers need not know which one a plane has. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrap(ImageProcessor ip) {
		int w = ip.getWidth(), h = ip.getHeight();
		if (ip instanceof ByteProcessor) return (RandomAccessibleInterval) ArrayImgs.unsignedBytes((byte[]) ip.getPixels(), w, h);
		if (ip instanceof ShortProcessor) return (RandomAccessibleInterval) ArrayImgs.unsignedShorts((short[]) ip.getPixels(), w, h);
		if (ip instanceof FloatProcessor) return (RandomAccessibleInterval) ArrayImgs.floats((float[]) ip.getPixels(), w, h);
		if (ip instanceof ColorProcessor) return (RandomAccessibleInterval) Converters.argbChannels(
			ArrayImgs.argbs((int[]) ip.getPixels(), w, h), 1, 2, 3);
		throw new IllegalArgumentException("unsupported processor " + ip.getClass().getSimpleName());
	}

	/** Propose on one plane; {@code mask} is any real-typed mask from {@link HoleMasks}. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static Proposal propose(InpaintEngine engine, ImageProcessor ip, RandomAccessibleInterval<?> mask,
		Progress progress) throws InpaintException
	{
		return engine.propose((RandomAccessibleInterval) wrap(ip), (RandomAccessibleInterval) mask, progress);
	}

	/** Writes a fill into the holes of a plane; every other pixel stays bit-identical. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void paste(Rendering fill, ImageProcessor ip) {
		fill.paste((RandomAccessibleInterval) wrap(ip));
	}

	/** Writes stage 1's coarse fill into the holes of a plane. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void pasteCoarse(Proposal p, ImageProcessor ip) {
		p.pasteCoarse((RandomAccessibleInterval) wrap(ip));
	}

	/** Channels the engine sees in one plane of this image: 3 for RGB, 1 otherwise. */
	public static int channels(ImagePlus imp) {
		return imp.getType() == ImagePlus.COLOR_RGB ? 3 : 1;
	}

	/** A name people know: "8-bit", "16-bit", "32-bit", "RGB". */
	public static String typeName(ImagePlus imp) {
		return switch (imp.getType()) {
			case ImagePlus.GRAY8, ImagePlus.COLOR_256 -> "8-bit";
			case ImagePlus.GRAY16 -> "16-bit";
			case ImagePlus.GRAY32 -> "32-bit";
			default -> "RGB";
		};
	}
}
