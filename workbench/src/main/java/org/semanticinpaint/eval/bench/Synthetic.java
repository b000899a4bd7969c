package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.semanticinpaint.data.RawImage;
import org.semanticinpaint.data.Sample;

/**
 * Seeded synthetic inputs: a textured image (two crossed sine patterns plus noise), hole masks, labelled samples.
 * Written straight into the image's own array, so an 8192 x 8192 image needs no temporary of its size that would
 * linger in the heap and distort the memory baseline.
 */
final class Synthetic {

	private Synthetic() {}

	/** Receives one pixel: value and the noise-free pattern, both in 0..1. */
	interface PixelSink {
		void put(int x, int y, int c, double value, double pattern);
	}

	static void texture(int w, int h, int channels, long seed, PixelSink sink) {
		SplittableRandom noise = new SplittableRandom(seed);
		for (int c = 0; c < channels; c++) {
			double[] ax = new double[w], bx = new double[w], ay = new double[h], by = new double[h];
			for (int x = 0; x < w; x++) {
				ax[x] = Math.sin(x * 0.043 + c);
				bx[x] = Math.sin(x * 0.011 + 2 * c);
			}
			for (int y = 0; y < h; y++) {
				ay[y] = Math.cos(y * 0.057 + 3 * c);
				by[y] = Math.cos(y * 0.017 + c);
			}
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					double pattern = 0.5 + 0.3 * ax[x] * ay[y] + 0.2 * bx[x] * by[y];
					sink.put(x, y, c, 0.1 + 0.8 * pattern + 0.1 * noise.nextDouble(), pattern);
				}
		}
	}

	/** A 16-bit grayscale X x Y image. */
	public static ArrayImg<UnsignedShortType, ShortArray> gray16(int w, int h, long seed) {
		short[] px = new short[w * h];
		texture(w, h, 1, seed, (x, y, c, v, p) -> px[y * w + x] = (short) (v * 65535));
		return ArrayImgs.unsignedShorts(px, w, h);
	}

	/** An 8-bit RGB X x Y x 3 image (ImgLib2's planar order: x fastest, then y, then channel). */
	public static ArrayImg<UnsignedByteType, ByteArray> rgb8(int w, int h, long seed) {
		byte[] px = new byte[3 * w * h];
		texture(w, h, 3, seed, (x, y, c, v, p) -> px[(c * h + y) * w + x] = (byte) (v * 255));
		return ArrayImgs.unsignedBytes(px, w, h, 3);
	}

	/** The same texture as one network tile: side x side x channels, HWC, in [-1, 1]. */
	public static float[] tile(int side, int channels, long seed) {
		float[] px = new float[side * side * channels];
		texture(side, side, channels, seed, (x, y, c, v, p) -> px[(y * side + x) * channels + c] = (float) (2 * v - 1));
		return px;
	}

	/**
	 * {@code count} discs of the given diameter, one per cell of a near-square grid over the image, jittered by up
	 * to an eighth of a cell: spread out (centres at least 3/4 of a cell apart), so that each gets its own window.
	 */
	public static ArrayImg<UnsignedByteType, ByteArray> discs(int w, int h, int count, int diameter, long seed) {
		byte[] m = new byte[w * h];
		Random r = new Random(seed);
		int cols = (int) Math.ceil(Math.sqrt(count)), rows = (count + cols - 1) / cols;
		double cw = w / (double) cols, ch = h / (double) rows, rad = diameter / 2.0;
		for (int i = 0; i < count; i++) {
			double cx = (i % cols + 0.5) * cw + (r.nextDouble() - 0.5) * cw / 4;
			double cy = (i / cols + 0.5) * ch + (r.nextDouble() - 0.5) * ch / 4;
			cx = Math.max(rad + 1, Math.min(w - rad - 2, cx));
			cy = Math.max(rad + 1, Math.min(h - rad - 2, cy));
			for (int y = (int) (cy - rad); y <= (int) (cy + rad); y++)
				for (int x = (int) (cx - rad); x <= (int) (cx + rad); x++)
					if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) m[y * w + x] = 1;
		}
		return ArrayImgs.unsignedBytes(m, w, h);
	}

	/** Labelled training images: the texture, with classes from bands of its noise-free pattern. */
	public static List<Sample> samples(int n, int side, int channels, int classes, boolean eightBit, long seed) {
		List<Sample> out = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			float[] px = new float[side * side * channels];
			byte[] labels = new byte[side * side];
			double max = eightBit ? 255 : 65535;
			texture(side, side, channels, seed + k, (x, y, c, v, p) -> {
				px[(y * side + x) * channels + c] = (float) Math.floor(v * max);
				if (c == 0) labels[y * side + x] = (byte) Math.min(classes - 1, (int) (p * classes));
			});
			out.add(new Sample("synthetic" + k, "synthetic" + k, new RawImage(side, side, channels, px), labels));
		}
		return out;
	}
}
