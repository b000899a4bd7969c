package org.semanticinpaint.data.masks;

import java.util.Random;

/**
 * Long thin scratches of a fixed width in pixels, not relative to the image: one to three gently bent lines
 * running across most of the image, 3 to 12 pixels wide (a scratched slide or coverslip, a dead detector row, the
 * seam between two tiles of a stitched mosaic). On a large image these are the holes a person meets most, and the
 * ones a window shrunk by the scratch's length would blur.
 */
public final class ScratchMasks implements MaskGenerator {

	private final int minWidth, maxWidth;

	public ScratchMasks() {
		this(3, 12);
	}

	public ScratchMasks(int minWidth, int maxWidth) {
		this.minWidth = minWidth;
		this.maxWidth = maxWidth;
	}

	@Override
	public float[] generate(int w, int h, Random r) {
		float[] m = new float[w * h];
		int scratches = 1 + r.nextInt(3);
		for (int s = 0; s < scratches; s++) {
			double width = minWidth + r.nextDouble() * (maxWidth - minWidth);
			// from one side of the image towards the opposite one, in three slightly bent pieces
			double angle = r.nextDouble() * Math.PI, length = 0.8 * Math.hypot(w, h);
			double cx = w * (0.25 + 0.5 * r.nextDouble()), cy = h * (0.25 + 0.5 * r.nextDouble());
			double x = cx - length / 2 * Math.cos(angle), y = cy - length / 2 * Math.sin(angle);
			for (int piece = 0; piece < 3; piece++) {
				double a = angle + (r.nextDouble() - 0.5) * 0.3;
				double nx = x + length / 3 * Math.cos(a), ny = y + length / 3 * Math.sin(a);
				FreeFormMasks.segment(m, w, h, x, y, nx, ny, width / 2);
				x = nx;
				y = ny;
			}
		}
		return m;
	}
}
