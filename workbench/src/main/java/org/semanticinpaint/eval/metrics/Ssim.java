package org.semanticinpaint.eval.metrics;

/**
 * Structural similarity exactly as Wang, Bovik, Sheikh &amp; Simoncelli (IEEE TIP 2004) and their reference
 * {@code ssim_index.m}: an 11x11 Gaussian window with sigma 1.5, K1 = 0.01, K2 = 0.03, L = the data range;
 * local means, variances and covariance are Gaussian-weighted (population, not sample, statistics); the SSIM map
 * covers only the "valid" window centres (window fully inside the image, no padding) and is averaged. Colour
 * images are measured per channel and the channel means averaged. No automatic down-sampling (that came with the
 * later {@code ssim.m}), so call it on the image at the resolution you mean to score.
 */
public final class Ssim {

	public static final int WINDOW = 11;
	public static final double SIGMA = 1.5;
	public static final double K1 = 0.01;
	public static final double K2 = 0.03;

	private static final GaussianWindow GAUSSIAN = new GaussianWindow(WINDOW, SIGMA);

	private Ssim() {}

	/** Mean SSIM over all valid window centres. Both sides must be at least 11 pixels. */
	public static double whole(float[] result, float[] truth, int width, int height, int channels,
		double dataRange)
	{
		return mean(result, truth, width, height, channels, null, dataRange);
	}

	/**
	 * Mean SSIM over the valid window centres that lie in the hole (each window still sees its surroundings, so
	 * the seam counts). NaN when no hole pixel is a valid centre (e.g. a hole within 5 pixels of the border).
	 */
	public static double hole(float[] result, float[] truth, int width, int height, int channels, boolean[] hole,
		double dataRange)
	{
		ImageShape.checkHole(hole, width, height);
		return mean(result, truth, width, height, channels, hole, dataRange);
	}

	private static double mean(float[] result, float[] truth, int width, int height, int channels, boolean[] hole,
		double dataRange)
	{
		ImageShape.check(result, truth, width, height, channels);
		ImageShape.checkRange(dataRange);
		if (width < WINDOW || height < WINDOW) throw new IllegalArgumentException(
			"SSIM needs at least " + WINDOW + "x" + WINDOW + " pixels, got " + width + "x" + height);
		int ow = width - WINDOW + 1, oh = height - WINDOW + 1, half = WINDOW / 2;
		double sum = 0;
		long n = 0;
		for (int c = 0; c < channels; c++) {
			double[] map = map(result, truth, width, height, channels, c, dataRange);
			for (int y = 0; y < oh; y++)
				for (int x = 0; x < ow; x++) {
					if (hole != null && !hole[(y + half) * width + x + half]) continue;
					sum += map[y * ow + x];
					n++;
				}
		}
		// every channel has the same centres, so the mean over all equals the mean of the channel means
		return n == 0 ? Double.NaN : sum / n;
	}

	/** The SSIM map of one channel over the valid centres, (width - 10) x (height - 10). */
	private static double[] map(float[] a, float[] b, int width, int height, int channels, int c,
		double dataRange)
	{
		int n = width * height;
		double[] x = new double[n], y = new double[n], xx = new double[n], yy = new double[n], xy = new double[n];
		for (int p = 0; p < n; p++) {
			x[p] = a[p * channels + c];
			y[p] = b[p * channels + c];
			xx[p] = x[p] * x[p];
			yy[p] = y[p] * y[p];
			xy[p] = x[p] * y[p];
		}
		double[] muX = GAUSSIAN.filterValid(x, width, height), muY = GAUSSIAN.filterValid(y, width, height);
		double[] eXX = GAUSSIAN.filterValid(xx, width, height), eYY = GAUSSIAN.filterValid(yy, width, height);
		double[] eXY = GAUSSIAN.filterValid(xy, width, height);
		double c1 = K1 * dataRange * K1 * dataRange, c2 = K2 * dataRange * K2 * dataRange;
		double[] map = new double[muX.length];
		for (int i = 0; i < map.length; i++) {
			double mx = muX[i], my = muY[i];
			double vx = eXX[i] - mx * mx, vy = eYY[i] - my * my, cov = eXY[i] - mx * my;
			map[i] = (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
		}
		return map;
	}
}
