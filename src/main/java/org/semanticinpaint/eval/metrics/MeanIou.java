package org.semanticinpaint.eval.metrics;

/**
 * Mean intersection-over-union of two label maps (class ids as unsigned bytes) inside a pixel mask; SPADE's
 * controllability measure when the mask is the hole, the prediction the segmentation of the result and the
 * reference the guidance map. Pixels whose reference is {@link #IGNORE} are skipped; a predicted IGNORE where the
 * reference has a class counts as a miss of that class, so a predictor cannot abstain its way to a high score.
 * The mean runs over the classes present in either map among the counted pixels; none gives NaN.
 */
public final class MeanIou {

	/** Label value of unlabelled pixels, as in {@code org.semanticinpaint.data.Sample#IGNORE}. */
	public static final int IGNORE = 255;

	private MeanIou() {}

	public static double of(byte[] predicted, byte[] reference, boolean[] mask) {
		if (predicted.length != reference.length || mask.length != reference.length)
			throw new IllegalArgumentException("label maps and mask differ in size: " + predicted.length + ", "
				+ reference.length + ", " + mask.length);
		long[] intersection = new long[256], predictedCount = new long[256], referenceCount = new long[256];
		for (int i = 0; i < mask.length; i++) {
			if (!mask[i]) continue;
			int r = reference[i] & 0xff, p = predicted[i] & 0xff;
			if (r == IGNORE) continue;
			referenceCount[r]++;
			predictedCount[p]++;
			if (p == r) intersection[r]++;
		}
		double sum = 0;
		int classes = 0;
		for (int k = 0; k < 256; k++) {
			if (k == IGNORE) continue;
			long union = predictedCount[k] + referenceCount[k] - intersection[k];
			if (union == 0) continue;
			sum += intersection[k] / (double) union;
			classes++;
		}
		return classes == 0 ? Double.NaN : sum / classes;
	}
}
