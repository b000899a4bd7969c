package org.semanticinpaint.eval.metrics;

/**
 * How visible the hole's border is. The <em>jump</em> of an image is the mean, over every pair of 4-neighbours
 * with exactly one pixel in the hole and over all channels, of |value(a) - value(b)|. The seam score is the jump
 * of the result minus the jump of the ground truth: 0 means the border is as smooth as in the real image,
 * positive values a visible seam (the usual artefact of inpainting), negative values a border smoother than the
 * truth (e.g. a blurred fill across a real edge). Units are the data's own; an image without border pairs (no
 * hole, or all hole) gives NaN.
 */
public final class SeamScore {

	private SeamScore() {}

	/** Jump of the result minus jump of the truth. */
	public static double of(float[] result, float[] truth, int width, int height, int channels, boolean[] hole) {
		ImageShape.check(result, truth, width, height, channels);
		return jump(result, width, height, channels, hole) - jump(truth, width, height, channels, hole);
	}

	/** Mean absolute difference across hole-border 4-neighbour pairs, all channels. */
	public static double jump(float[] pixels, int width, int height, int channels, boolean[] hole) {
		ImageShape.check(pixels, width, height, channels);
		ImageShape.checkHole(hole, width, height);
		double sum = 0;
		long pairs = 0;
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				int p = y * width + x;
				// each pair once: with the right and the lower neighbour
				if (x + 1 < width && hole[p] != hole[p + 1]) {
					sum += difference(pixels, p, p + 1, channels);
					pairs++;
				}
				if (y + 1 < height && hole[p] != hole[p + width]) {
					sum += difference(pixels, p, p + width, channels);
					pairs++;
				}
			}
		return pairs == 0 ? Double.NaN : sum / (pairs * (double) channels);
	}

	private static double difference(float[] pixels, int a, int b, int channels) {
		double s = 0;
		for (int c = 0; c < channels; c++)
			s += Math.abs(pixels[a * channels + c] - (double) pixels[b * channels + c]);
		return s;
	}
}
