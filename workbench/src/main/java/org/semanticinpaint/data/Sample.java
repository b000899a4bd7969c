package org.semanticinpaint.data;

/**
 * One labelled image in memory: raw intensities (HWC, the file's own values, not normalised) and class labels
 * ({@link #IGNORE} where unlabelled).
 *
 * @param group what must not be split across train and validation (the video sequence for street scenes)
 */
public record Sample(String name, String group, int width, int height, int channels, float[] pixels, byte[] labels) {

	/** Label value of pixels excluded from losses and metrics. */
	public static final int IGNORE = 255;

	public float pixel(int x, int y, int c) {
		return pixels[(y * width + x) * channels + c];
	}

	public int label(int x, int y) {
		return labels[y * width + x] & 0xff;
	}
}
