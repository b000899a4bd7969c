package org.semanticinpaint.eval.metrics;

/**
 * Peak signal-to-noise ratio, {@code 10 log10(dataRange^2 / MSE)} in dB, with the mean squared error taken over
 * all channels. Identical images give +Infinity; an empty hole gives NaN (nothing was measured).
 */
public final class Psnr {

	private Psnr() {}

	/** PSNR over every pixel of the image. */
	public static double whole(float[] result, float[] truth, int width, int height, int channels,
		double dataRange)
	{
		ImageShape.check(result, truth, width, height, channels);
		ImageShape.checkRange(dataRange);
		double sum = 0;
		for (int i = 0; i < result.length; i++) {
			double d = result[i] - (double) truth[i];
			sum += d * d;
		}
		return fromMse(sum / result.length, dataRange);
	}

	/** PSNR over hole pixels only: the part the inpainter actually produced. */
	public static double hole(float[] result, float[] truth, int width, int height, int channels, boolean[] hole,
		double dataRange)
	{
		ImageShape.check(result, truth, width, height, channels);
		ImageShape.checkHole(hole, width, height);
		ImageShape.checkRange(dataRange);
		double sum = 0;
		long n = 0;
		for (int p = 0; p < hole.length; p++) {
			if (!hole[p]) continue;
			for (int c = 0, i = p * channels; c < channels; c++, i++) {
				double d = result[i] - (double) truth[i];
				sum += d * d;
			}
			n += channels;
		}
		return n == 0 ? Double.NaN : fromMse(sum / n, dataRange);
	}

	static double fromMse(double mse, double dataRange) {
		return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(dataRange * dataRange / mse);
	}
}
