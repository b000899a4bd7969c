package org.semanticinpaint.engine.texture;

/**
 * One pyramid level of a synthesis problem, in plain arrays (HWC, x fastest). Intensities are in units of the data
 * range, so the patch distance's weights mean the same on 8-bit, 16-bit and 32-bit images.
 *
 * @param layout the size and the channels per pixel
 * @param pixels every pixel's value: the image where known, elsewhere a first estimate (the network's fill)
 * @param known pixels that may be copied from: outside the holes and finite
 * @param fill pixels to synthesise; pixels neither known nor to fill keep their first estimate
 * @param labels class per pixel, {@link #ANY} where any class will do; null = no labels
 * @param guide the structure to follow (known pixels plus the network's fill, blurred), or null
 */
public record Canvas(Layout layout, float[] pixels, boolean[] known, boolean[] fill, byte[] labels, float[] guide) {

	/** Width and height in pixels, values per pixel. */
	public record Layout(int width, int height, int channels) {}
	/** A label that matches every class (a label image's "keep the proposal"). */
	public static final int ANY = 255;

	public int width() {
		return layout.width();
	}

	public int height() {
		return layout.height();
	}

	public int channels() {
		return layout.channels();
	}

	int size() {
		return width() * height();
	}

	/** The same canvas following another guide. */
	Canvas withGuide(float[] g) {
		return new Canvas(layout, pixels, known, fill, labels, g);
	}

	/** The same canvas with other pixels to fill. */
	Canvas withFill(boolean[] f) {
		return new Canvas(layout, pixels, known, f, labels, guide);
	}

	int label(int i) {
		return labels == null ? ANY : labels[i] & 0xff;
	}

	int fillCount() {
		int n = 0;
		for (boolean b : fill) if (b) n++;
		return n;
	}
}
