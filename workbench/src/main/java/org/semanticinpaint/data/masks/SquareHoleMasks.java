package org.semanticinpaint.data.masks;

import java.util.Random;

/**
 * One square hole of a fixed share of the image side at a random place ({@link CenterHoleMask}'s hole, moved): the
 * paper's regular 128 x 128 hole at 256 x 256 wherever it falls. {@link RectangleMasks} reach that size only rarely,
 * so a network trained on them alone sees few holes as large as the evaluation's centre hole.
 */
public final class SquareHoleMasks implements MaskGenerator {

	private final double fraction;

	/** @param fraction hole side relative to the image side, 0 < fraction < 1 */
	public SquareHoleMasks(double fraction) {
		if (!(fraction > 0 && fraction < 1))
			throw new IllegalArgumentException("fraction must be in (0, 1): " + fraction);
		this.fraction = fraction;
	}

	@Override
	public float[] generate(int w, int h, Random random) {
		float[] m = new float[w * h];
		int hw = CenterHoleMask.side(w, fraction), hh = CenterHoleMask.side(h, fraction);
		MaskGenerator.fillRectangle(m, w, random.nextInt(w - hw + 1), random.nextInt(h - hh + 1), hw, hh);
		return m;
	}
}
