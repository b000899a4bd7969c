package org.semanticinpaint.data;

/**
 * An image's intensities as the file holds them (not normalised), interleaved HWC: pixel (x, y) channel c is
 * {@code pixels[(y * width + x) * channels + c]}.
 */
public record RawImage(int width, int height, int channels, float[] pixels) {

	public RawImage {
		if (pixels.length != width * height * channels) throw new IllegalArgumentException(pixels.length +
			" values for a " + width + " x " + height + " image of " + channels + " channel(s)");
	}

	public float pixel(int x, int y, int c) {
		return pixels[(y * width + x) * channels + c];
	}
}
