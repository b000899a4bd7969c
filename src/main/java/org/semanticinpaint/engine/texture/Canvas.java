package org.semanticinpaint.engine.texture;

/**
 * One pyramid level of a synthesis problem, in plain arrays (HWC, x fastest). Intensities are in units of the data
 * range, so the patch distance's weights mean the same on 8-bit, 16-bit and 32-bit images.
 *
 * @param pixels every pixel's value: the image where known, elsewhere a first estimate (the network's fill)
 * @param known pixels that may be copied from: outside the holes and finite
 * @param fill pixels to synthesise; pixels neither known nor to fill keep their first estimate
 * @param labels class per pixel, {@link #ANY} where any class will do; null = no labels
 * @param guide the structure to follow (known pixels plus the network's fill, blurred), or null
 */
public record Canvas(int width, int height, int channels, float[] pixels, boolean[] known, boolean[] fill, byte[] labels,
	float[] guide)
{
	/** A label that matches every class (a label image's "keep the proposal"). */
	public static final int ANY = 255;

	int size() {
		return width * height;
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
