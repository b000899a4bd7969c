package org.semanticinpaint.data;

/**
 * One labelled image in memory: raw intensities and class labels ({@link #IGNORE} where unlabelled), one a pixel.
 *
 * @param group what must not be split across train and validation (the video sequence for street scenes)
 */
public record Sample(String name, String group, RawImage image, byte[] labels) {

	/** Label value of pixels excluded from losses and metrics. */
	public static final int IGNORE = 255;

	public int width() {
		return image.width();
	}

	public int height() {
		return image.height();
	}

	public int channels() {
		return image.channels();
	}

	/** The intensities, HWC (see {@link RawImage}). */
	public float[] pixels() {
		return image.pixels();
	}

	public float pixel(int x, int y, int c) {
		return image.pixel(x, y, c);
	}

	public int label(int x, int y) {
		return labels[y * image.width() + x] & 0xff;
	}
}
