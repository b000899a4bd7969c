package org.semanticinpaint.eval.metrics;

/**
 * A normalised square Gaussian window applied as two 1-D passes (the 2-D Gaussian is the outer product of two
 * 1-D ones, so this equals MATLAB's {@code filter2(fspecial('gaussian', size, sigma), x, 'valid')} at a fraction
 * of the cost). Only "valid" positions are produced: the window lies fully inside the plane.
 */
final class GaussianWindow {

	final int size;
	private final double[] weights;

	GaussianWindow(int size, double sigma) {
		this.size = size;
		weights = new double[size];
		double centre = (size - 1) / 2.0, sum = 0;
		for (int i = 0; i < size; i++) {
			double d = i - centre;
			weights[i] = Math.exp(-d * d / (2 * sigma * sigma));
			sum += weights[i];
		}
		for (int i = 0; i < size; i++) weights[i] /= sum;
	}

	/** Weighted window means of a width x height plane; the result is (width - size + 1) x (height - size + 1). */
	double[] filterValid(double[] plane, int width, int height) {
		int ow = width - size + 1, oh = height - size + 1;
		double[] rows = new double[ow * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < ow; x++) {
				double s = 0;
				for (int k = 0, i = y * width + x; k < size; k++, i++) s += weights[k] * plane[i];
				rows[y * ow + x] = s;
			}
		double[] out = new double[ow * oh];
		for (int y = 0; y < oh; y++)
			for (int x = 0; x < ow; x++) {
				double s = 0;
				for (int k = 0, i = y * ow + x; k < size; k++, i += ow) s += weights[k] * rows[i];
				out[y * ow + x] = s;
			}
		return out;
	}
}
