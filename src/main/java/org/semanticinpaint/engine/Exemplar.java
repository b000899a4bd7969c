package org.semanticinpaint.engine;

/**
 * Known pixels from elsewhere in the image, with their classes: where the texture stage copies a class from when
 * the window around a hole shows none of it.
 *
 * @param pixels HWC, image units
 * @param labels class per pixel
 * @param known pixels that may be copied (outside every hole, finite)
 */
record Exemplar(int width, int height, float[] pixels, byte[] labels, boolean[] known) {

	int count(int cls) {
		int n = 0;
		for (int i = 0; i < labels.length; i++) if (known[i] && (labels[i] & 0xff) == cls) n++;
		return n;
	}
}
