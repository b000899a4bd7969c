package org.semanticinpaint.eval.baselines;

import java.util.function.Consumer;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.photo.Photo;

/**
 * OpenCV's classic inpainting ({@code Photo.inpaint}) on HWC float images, as the paper's non-learned baselines.
 * <p>
 * OpenCV 4.9 accepts 8-bit 1- or 3-channel and 16-bit or 32-bit float 1-channel images. When the image has 1 or 3
 * channels and every known pixel is an integer in 0..255 (8-bit data, as the published baselines were run) it is
 * inpainted as one 8-bit image, with 8-bit rounding in the fill. Anything else (16-bit, [-1, 1], other channel
 * counts) is inpainted channel by channel as 32-bit float (both methods treat channels independently), after
 * mapping the channel's known range onto 0..{@value #FLOAT_SPAN} and back: OpenCV's Telea adds a unit-sized term
 * ({@code +0.5} rounding and a normalised gradient direction, harmless on 8-bit grey levels) and Navier-Stokes
 * ignores gradients below 0.01, so on [-1, 1] data both would be wrong by a large fraction of the range.
 * Values in the hole are ignored; pixels outside it come back bit-identical.
 */
public enum OpenCvInpainter {

	/** Telea 2004, fast marching. */
	TELEA(Photo.INPAINT_TELEA, "Telea"),
	/** Bertalmio, Bertozzi &amp; Sapiro 2001, Navier-Stokes. */
	NAVIER_STOKES(Photo.INPAINT_NS, "Navier-Stokes");

	/** Known values of a channel are stretched to 0..FLOAT_SPAN for the float path; see the class comment. */
	static final float FLOAT_SPAN = 65535;

	/** Neighbourhood radius in pixels used by {@link #fill(float[], int, int, int, boolean[])}. */
	public static final double DEFAULT_RADIUS = 3;

	private final int flag;
	private final String label;

	OpenCvInpainter(int flag, String label) {
		this.flag = flag;
		this.label = label;
	}

	/** Name for tables and figure titles. */
	public String label() {
		return label;
	}

	/** Fills the hole with radius {@value #DEFAULT_RADIUS}. */
	public float[] fill(float[] pixels, int width, int height, int channels, boolean[] hole) {
		return fill(pixels, width, height, channels, hole, DEFAULT_RADIUS);
	}

	/** Fills {@code hole} (width*height, true = missing) of an HWC image; returns a new HWC image. */
	public float[] fill(float[] pixels, int width, int height, int channels, boolean[] hole, double radius) {
		if (width <= 0 || height <= 0 || channels <= 0 || pixels.length != width * height * channels)
			throw new IllegalArgumentException("bad image: " + pixels.length + " values for " + width + "x" + height
				+ "x" + channels);
		if (hole.length != width * height)
			throw new IllegalArgumentException("hole has " + hole.length + " pixels, expected " + width * height);
		float[] out = pixels.clone();
		boolean any = false;
		for (boolean b : hole) any |= b;
		if (!any) return out;
		OpenCvNatives.ensureLoaded();
		Mat mask = new Mat(height, width, CvType.CV_8UC1);
		byte[] m = new byte[hole.length];
		for (int p = 0; p < m.length; p++) m[p] = hole[p] ? (byte) 255 : 0;
		mask.put(0, 0, m);
		try {
			if (isEightBit(pixels, channels, hole)) fillEightBit(out, width, height, channels, hole, mask, radius);
			else for (int c = 0; c < channels; c++) fillChannel(out, width, height, channels, c, hole, mask, radius);
		}
		finally {
			mask.release();
		}
		return out;
	}

	/** True when the 8-bit path applies: 1 or 3 channels and integer known values within 0..255. */
	static boolean isEightBit(float[] pixels, int channels, boolean[] hole) {
		if (channels != 1 && channels != 3) return false;
		for (int p = 0; p < hole.length; p++) {
			if (hole[p]) continue;
			for (int i = p * channels; i < (p + 1) * channels; i++) {
				float v = pixels[i];
				if (!(v >= 0 && v <= 255) || v != Math.rint(v)) return false;
			}
		}
		return true;
	}

	private void fillEightBit(float[] out, int width, int height, int channels, boolean[] hole, Mat mask,
		double radius)
	{
		// channel order is irrelevant to inpainting, so RGB goes in as OpenCV's "BGR" unchanged
		byte[] data = new byte[out.length];
		for (int p = 0; p < hole.length; p++)
			if (!hole[p]) for (int i = p * channels; i < (p + 1) * channels; i++) data[i] = (byte) (int) out[i];
		inpaint(new Mat(height, width, CvType.CV_8UC(channels)), m -> m.put(0, 0, data), mask, radius,
			m -> m.get(0, 0, data));
		for (int p = 0; p < hole.length; p++)
			if (hole[p]) for (int i = p * channels; i < (p + 1) * channels; i++) out[i] = data[i] & 0xff;
	}

	private void fillChannel(float[] out, int width, int height, int channels, int c, boolean[] hole, Mat mask,
		double radius)
	{
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for (int p = 0; p < hole.length; p++)
			if (!hole[p]) {
				low = Math.min(low, out[p * channels + c]);
				high = Math.max(high, out[p * channels + c]);
			}
		if (!(high > low)) {
			// flat (or no) context: the only sensible fill is that value, and stretching would divide by zero
			float v = low <= high ? (float) low : 0;
			for (int p = 0; p < hole.length; p++) if (hole[p]) out[p * channels + c] = v;
			return;
		}
		double scale = FLOAT_SPAN / (high - low);
		float[] plane = new float[hole.length];
		// hole values may be anything (NaN, stale data); zero them so nothing leaks into the fill
		for (int p = 0; p < plane.length; p++)
			plane[p] = hole[p] ? 0 : (float) ((out[p * channels + c] - low) * scale);
		inpaint(new Mat(height, width, CvType.CV_32FC1), m -> m.put(0, 0, plane), mask, radius, m -> m.get(0, 0, plane));
		for (int p = 0; p < plane.length; p++) if (hole[p]) out[p * channels + c] = (float) (low + plane[p] / scale);
	}

	/** OpenCV's inpainting of {@code src}: {@code in} fills it, {@code out} reads the result; native memory is freed. */
	private void inpaint(Mat src, Consumer<Mat> in, Mat mask, double radius, Consumer<Mat> out) {
		Mat dst = new Mat();
		try {
			in.accept(src);
			Photo.inpaint(src, mask, dst, radius, flag);
			out.accept(dst);
		}
		finally {
			src.release();
			dst.release();
		}
	}
}
