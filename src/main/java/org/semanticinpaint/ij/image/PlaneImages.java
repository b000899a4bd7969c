package org.semanticinpaint.ij.image;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Rendering;

/**
 * One ImageJ plane as an ImgLib2 image that shares its pixel array (no copy; writes go straight to the plane):
 * X x Y for 8-, 16- and 32-bit. RGB planes are X x Y x 3 (R, G, B) copies written back after a paste: imglib2
 * 8.0's writable {@code Converters.argbChannels} view sign-extends values of 128 and more into the other channels.
 * Works without imglib2-ij, which is not on Maven Central.
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
		if (ip instanceof ColorProcessor cp) return (RandomAccessibleInterval) rgbCopy(cp);
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
		RandomAccessibleInterval img = wrap(ip);
		fill.paste(img);
		if (ip instanceof ColorProcessor cp) writeBack(img, cp);
	}

	/** Writes stage 1's coarse fill into the holes of a plane. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void pasteCoarse(Proposal p, ImageProcessor ip) {
		RandomAccessibleInterval img = wrap(ip);
		p.pasteCoarse(img);
		if (ip instanceof ColorProcessor cp) writeBack(img, cp);
	}

	private static ArrayImg<UnsignedByteType, ByteArray> rgbCopy(ColorProcessor cp) {
		int n = cp.getPixelCount();
		byte[] rgb = new byte[3 * n];
		byte[] r = new byte[n], g = new byte[n], b = new byte[n];
		cp.getRGB(r, g, b);
		System.arraycopy(r, 0, rgb, 0, n);
		System.arraycopy(g, 0, rgb, n, n);
		System.arraycopy(b, 0, rgb, 2 * n, n);
		return ArrayImgs.unsignedBytes(rgb, cp.getWidth(), cp.getHeight(), 3);
	}

	@SuppressWarnings("unchecked")
	private static void writeBack(RandomAccessibleInterval<?> img, ColorProcessor cp) {
		byte[] rgb = ((ArrayImg<UnsignedByteType, ByteArray>) img).update(null).getCurrentStorageArray();
		int[] px = (int[]) cp.getPixels();
		int n = px.length;
		// keep each pixel's own alpha byte, so untouched pixels stay bit-identical
		for (int i = 0; i < n; i++)
			px[i] = (px[i] & 0xff000000) | (rgb[i] & 0xff) << 16 | (rgb[n + i] & 0xff) << 8 | (rgb[2 * n + i] & 0xff);
	}

	/** Channels the engine sees in one plane of this image: 3 for RGB, 1 otherwise. */
	public static int channels(ImagePlus imp) {
		return imp.getType() == ImagePlus.COLOR_RGB ? 3 : 1;
	}

	/** A name people know: "8-bit", "16-bit", "32-bit", "RGB". */
	public static String typeName(ImagePlus imp) {
		return typeName(imp.getType());
	}

	/** ImageJ's name of an image type ({@code ImagePlus.GRAY8} ...), as its Image>Type menu says it. */
	public static String typeName(int type) {
		return switch (type) {
			case ImagePlus.GRAY8 -> "8-bit";
			case ImagePlus.COLOR_256 -> "8-bit colour";
			case ImagePlus.GRAY16 -> "16-bit";
			case ImagePlus.GRAY32 -> "32-bit";
			default -> "RGB";
		};
	}
}
