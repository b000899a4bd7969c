package org.semanticinpaint.eval.metrics;

/**
 * Mean intersection-over-union of two label maps (class ids as unsigned bytes) inside a pixel mask; SPADE's
 * controllability measure when the mask is the hole, the prediction the segmentation of the result and the
 * reference the guidance map. Pixels whose reference is {@link #IGNORE} are skipped; a predicted IGNORE where the
 * reference has a class counts as a miss of that class, so a predictor cannot abstain its way to a high score.
 * The mean runs over the classes present in either map among the counted pixels; none gives NaN.
 * <p>
 * {@link #of} scores one image. A {@link Tally} pools the counts of many images before dividing, as segmentation
 * benchmarks (and SPADE's evaluation) compute mIoU over a dataset: a class that covers a few pixels of one hole
 * then weighs by its pixels, not as a third of that image's score.
 */
public final class MeanIou {

	/** Label value of unlabelled pixels, as in {@code org.semanticinpaint.data.Sample#IGNORE}. */
	public static final int IGNORE = 255;

	private MeanIou() {}

	public static double of(byte[] predicted, byte[] reference, boolean[] mask) {
		return new Tally().add(predicted, reference, mask).mean();
	}

	/** Per-class intersection and union counts, summed over any number of label maps. */
	public static final class Tally {

		private final long[] intersection = new long[256], union = new long[256];

		public Tally add(byte[] predicted, byte[] reference, boolean[] mask) {
			if (predicted.length != reference.length || mask.length != reference.length)
				throw new IllegalArgumentException("label maps and mask differ in size: " + predicted.length + ", "
					+ reference.length + ", " + mask.length);
			long[] inter = new long[256], predictedCount = new long[256], referenceCount = new long[256];
			for (int i = 0; i < mask.length; i++) {
				if (!mask[i]) continue;
				int r = reference[i] & 0xff, p = predicted[i] & 0xff;
				if (r == IGNORE) continue;
				referenceCount[r]++;
				predictedCount[p]++;
				if (p == r) inter[r]++;
			}
			for (int k = 0; k < 256; k++) {
				if (k == IGNORE) continue;
				intersection[k] += inter[k];
				union[k] += predictedCount[k] + referenceCount[k] - inter[k];
			}
			return this;
		}

		public Tally add(Tally other) {
			for (int k = 0; k < 256; k++) {
				intersection[k] += other.intersection[k];
				union[k] += other.union[k];
			}
			return this;
		}

		/** IoU of one class over everything added, NaN where the class appears in neither map. */
		public double iou(int classId) {
			return union[classId] == 0 ? Double.NaN : intersection[classId] / (double) union[classId];
		}

		public double mean() {
			double sum = 0;
			int classes = 0;
			for (int k = 0; k < 256; k++) {
				if (union[k] == 0) continue;
				sum += iou(k);
				classes++;
			}
			return classes == 0 ? Double.NaN : sum / classes;
		}
	}
}
