package org.semanticinpaint.data.masks;

import java.util.Random;

/** Regular masks: one to three axis-aligned rectangles, each 1/8 to 1/2 of the image side. */
public final class RectangleMasks implements MaskGenerator {

	@Override
	public float[] generate(int w, int h, Random r) {
		float[] m = new float[w * h];
		int n = 1 + r.nextInt(3);
		for (int k = 0; k < n; k++) {
			int rw = w / 8 + r.nextInt(w * 3 / 8), rh = h / 8 + r.nextInt(h * 3 / 8);
			int x0 = r.nextInt(w - rw + 1), y0 = r.nextInt(h - rh + 1);
			MaskGenerator.fillRectangle(m, w, x0, y0, rw, rh);
		}
		return m;
	}
}
