package org.semanticinpaint.ij.image;

import java.awt.Rectangle;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.position.FunctionRandomAccessible;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import org.semanticinpaint.engine.InpaintException;

/**
 * The hole as a mask the engine understands: from a selection of any shape (composite too), or from a mask image
 * (non-zero = missing). A selection's mask covers only its bounding box, placed at its image position, so a small
 * hole in a huge image costs a small mask.
 */
public final class HoleMasks {

	private HoleMasks() {}

	public static RandomAccessibleInterval<UnsignedByteType> fromSelection(Roi roi, int width, int height)
		throws InpaintException
	{
		if (roi == null) throw new InpaintException(
			"There is no selection. Outline the region to fill with any selection tool, or choose a mask image.");
		// a scratch is most easily traced with a (segmented) line as wide as the scratch: the hole is what it covers
		if (roi.isLine()) roi = Roi.convertLineToArea(roi);
		if (roi == null || !roi.isArea()) throw new InpaintException("The selection is a " + (roi == null ? "line" :
			roi.getTypeAsString().toLowerCase()) + "; inpainting needs an area selection (rectangle, oval, polygon, " +
			"freehand, brush or a composite) or a line as wide as the scratch to fill.");
		Rectangle b = roi.getBounds().intersection(new Rectangle(0, 0, width, height));
		if (b.isEmpty()) throw new InpaintException("The selection lies outside the image.");
		Rectangle full = roi.getBounds();
		ImageProcessor m = roi.getMask();
		byte[] px = new byte[b.width * b.height];
		for (int y = 0; y < b.height; y++)
			for (int x = 0; x < b.width; x++) {
				boolean in = m == null || m.get(b.x - full.x + x, b.y - full.y + y) != 0;
				if (in) px[y * b.width + x] = (byte) 255;
			}
		ArrayImg<UnsignedByteType, ByteArray> mask = ArrayImgs.unsignedBytes(px, b.width, b.height);
		return Views.translate(mask, b.x, b.y);
	}

	/** Non-zero pixels of the mask image's current plane are missing; it must have the image's size. */
	public static <T extends RealType<T>> RandomAccessibleInterval<T> fromMaskImage(ImagePlus maskImage, int width,
		int height) throws InpaintException
	{
		if (maskImage.getWidth() != width || maskImage.getHeight() != height) throw new InpaintException(
			"The mask image '" + maskImage.getTitle() + "' is " + maskImage.getWidth() + " x " +
				maskImage.getHeight() + " pixels but the image is " + width + " x " + height + ".");
		if (maskImage.getType() == ImagePlus.COLOR_RGB) throw new InpaintException(
			"The mask image '" + maskImage.getTitle() + "' is RGB; use an 8-bit mask (non-zero = missing).");
		return PlaneImages.wrap(maskImage.getProcessor());
	}

	/** True when no pixel of the mask is non-zero. */
	public static boolean isEmpty(RandomAccessibleInterval<?> mask) {
		for (Object t : Views.iterable(mask))
			if (((RealType<?>) t).getRealDouble() != 0) return false;
		return true;
	}

	/**
	 * Pixels of a plane equal to {@code value} (NaN matches NaN; for RGB all three channels) as an 8-bit mask
	 * (255 = missing): dead tiles of a stitched mosaic are often 0, masked pixels of 32-bit data NaN.
	 * Null when there are none. Allocates a full-size mask: batch work uses {@link #valueView} instead.
	 */
	public static ByteProcessor valueMask(ImageProcessor ip, double value) {
		if (!hasValue(ip, value)) return null;
		int w = ip.getWidth(), h = ip.getHeight();
		ByteProcessor m = new ByteProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (matches(ip, x, y, value)) m.set(x, y, 255);
		return m;
	}

	/**
	 * The same mask as {@link #valueMask}, computed from the plane on every read: no full-size mask per plane,
	 * which for a stack of large mosaics would cost as much memory as the image (the engine reads a mask only
	 * where it scans for holes and inside windows).
	 */
	public static RandomAccessibleInterval<UnsignedByteType> valueView(ImageProcessor ip, double value) {
		FunctionRandomAccessible<UnsignedByteType> f = new FunctionRandomAccessible<>(2, (pos, out) -> out.set(
			matches(ip, pos.getIntPosition(0), pos.getIntPosition(1), value) ? 255 : 0), UnsignedByteType::new);
		return Views.interval(f, new long[] { 0, 0 }, new long[] { ip.getWidth() - 1, ip.getHeight() - 1 });
	}

	/** Whether any pixel of the plane equals {@code value}; stops at the first. */
	public static boolean hasValue(ImageProcessor ip, double value) {
		int w = ip.getWidth(), h = ip.getHeight();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (matches(ip, x, y, value)) return true;
		return false;
	}

	private static boolean matches(ImageProcessor ip, int x, int y, double value) {
		if (ip instanceof ColorProcessor) {
			int c = ip.get(x, y), v = (int) value;
			return ((c >> 16) & 0xff) == v && ((c >> 8) & 0xff) == v && (c & 0xff) == v;
		}
		float f = ip.getf(x, y);
		return Double.isNaN(value) ? Float.isNaN(f) : f == value;
	}
}
