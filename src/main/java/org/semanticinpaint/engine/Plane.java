package org.semanticinpaint.engine;

/**
 * One image plane as plain values: {@code width} x {@code height} pixels, x fastest, the {@code channels} values of
 * a pixel side by side (HWC), so channel k of pixel (x, y) is {@code values[(y * width + x) * channels + k]}. The
 * array is shared, not copied.
 */
public record Plane(float[] values, int width, int height, int channels) {

	public Plane {
		if (width <= 0 || height <= 0 || channels <= 0)
			throw new IllegalArgumentException("bad plane shape " + width + " x " + height + " x " + channels);
		if (values.length != (long) width * height * channels) throw new IllegalArgumentException("a plane of " +
			width + " x " + height + " x " + channels + " needs " + (long) width * height * channels + " values, not " +
			values.length);
	}

	/** Pixels, width * height. */
	public int pixels() {
		return width * height;
	}

	/** Index of channel k of pixel (x, y) in {@link #values}. */
	public int index(int x, int y, int k) {
		return (y * width + x) * channels + k;
	}

	public float at(int x, int y, int k) {
		return values[index(x, y, k)];
	}

	/** Other values of the same shape. */
	public Plane with(float[] other) {
		return new Plane(other, width, height, channels);
	}

	/** Whether the other plane has this one's width, height and channels. */
	public boolean sameShape(Plane o) {
		return width == o.width && height == o.height && channels == o.channels;
	}
}
