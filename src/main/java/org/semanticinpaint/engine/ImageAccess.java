package org.semanticinpaint.engine;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.GenericByteType;
import net.imglib2.type.numeric.integer.GenericIntType;
import net.imglib2.type.numeric.integer.GenericShortType;
import net.imglib2.type.numeric.integer.GenericLongType;

/**
 * Window reads and hole-only writes on one image plane: an ImgLib2 interval of X x Y (one channel) or X x Y x C.
 * Writes clamp to the pixel type's range and round for integer types, so a fill never wraps around.
 */
public final class ImageAccess<T extends RealType<T>> {

	private final RandomAccessibleInterval<T> image;
	private final int width, height, channels;
	private final long x0, y0, c0;
	private final double min, max;
	private final boolean integer;

	public ImageAccess(RandomAccessibleInterval<T> image) {
		if (image.numDimensions() != 2 && image.numDimensions() != 3) throw new IllegalArgumentException(
			"expected an X x Y or X x Y x C image, got " + image.numDimensions() + " dimensions");
		this.image = image;
		this.width = (int) image.dimension(0);
		this.height = (int) image.dimension(1);
		this.channels = image.numDimensions() == 3 ? (int) image.dimension(2) : 1;
		this.x0 = image.min(0);
		this.y0 = image.min(1);
		this.c0 = image.numDimensions() == 3 ? image.min(2) : 0;
		T t = image.getType();
		this.integer = t instanceof GenericByteType || t instanceof GenericShortType || t instanceof GenericIntType ||
			t instanceof GenericLongType || t.getMinIncrement() == 1.0;
		this.min = t.getMinValue();
		this.max = t.getMaxValue();
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public int channels() {
		return channels;
	}

	/** True for 8-bit data (a "range" bundle then maps 0..255 directly). */
	public boolean isEightBit() {
		return integer && min == 0 && max == 255;
	}

	/** Pixels of a window, HWC. */
	public float[] read(int wx, int wy, int w, int h) {
		float[] out = new float[w * h * channels];
		RandomAccess<T> ra = image.randomAccess();
		for (int c = 0; c < channels; c++) {
			if (channels > 1 || image.numDimensions() == 3) ra.setPosition(c0 + c, 2);
			for (int y = 0; y < h; y++) {
				ra.setPosition(y0 + wy + y, 1);
				ra.setPosition(x0 + wx, 0);
				for (int x = 0; x < w; x++) {
					out[(y * w + x) * channels + c] = ra.get().getRealFloat();
					ra.fwd(0);
				}
			}
		}
		return out;
	}

	/**
	 * About {@code max} known pixel values (all channels) on a regular grid over the whole image: pixels the mask
	 * marks missing and non-finite values are skipped, so nothing under a hole can influence a fill.
	 */
	public <M extends RealType<M>> float[] knownGrid(int max, RandomAccessibleInterval<M> mask) {
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / max)));
		int gw = (width + step - 1) / step, gh = (height + step - 1) / step;
		float[] out = new float[gw * gh * channels];
		RandomAccess<T> ra = image.randomAccess();
		RandomAccess<M> ma = mask.randomAccess();
		int i = 0;
		for (int y = 0; y < height; y += step)
			for (int x = 0; x < width; x += step) {
				if (isMissing(mask, ma, x, y)) continue;
				ra.setPosition(x0 + x, 0);
				ra.setPosition(y0 + y, 1);
				for (int c = 0; c < channels; c++) {
					if (image.numDimensions() == 3) ra.setPosition(c0 + c, 2);
					float v = ra.get().getRealFloat();
					if (Float.isFinite(v)) out[i++] = v;
				}
			}
		return java.util.Arrays.copyOf(out, i);
	}

	/** Whether the mask marks an image pixel missing (outside the mask's interval nothing is). */
	private static <M extends RealType<M>> boolean isMissing(RandomAccessibleInterval<M> mask, RandomAccess<M> ma,
		int x, int y)
	{
		if (x < mask.min(0) || y < mask.min(1) || x > mask.max(0) || y > mask.max(1)) return false;
		ma.setPosition(x, 0);
		ma.setPosition(y, 1);
		double v = ma.get().getRealDouble();
		return v != 0 && !Double.isNaN(v);
	}

	/** Writes {@code values} (HWC, window-sized) at the window's pixels to write (its user's hole) only. */
	public void writeHole(HoleWindow win, float[] values) {
		RandomAccess<T> ra = image.randomAccess();
		int w = win.width();
		for (int c = 0; c < channels; c++) {
			if (channels > 1 || image.numDimensions() == 3) ra.setPosition(c0 + c, 2);
			for (int y = 0; y < win.height(); y++)
				for (int x = 0; x < w; x++) {
					if (!win.write()[y * w + x]) continue;
					ra.setPosition(x0 + win.x0() + x, 0);
					ra.setPosition(y0 + win.y0() + y, 1);
					ra.get().setReal(clamp(values[(y * w + x) * channels + c]));
				}
		}
	}

	double clamp(double v) {
		if (Double.isNaN(v)) v = 0;
		if (integer) v = Math.rint(v);
		return Math.max(min, Math.min(max, v));
	}
}
