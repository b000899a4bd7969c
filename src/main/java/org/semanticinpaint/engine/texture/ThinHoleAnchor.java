package org.semanticinpaint.engine.texture;

/**
 * On thin holes (scratches, narrow strokes) the guide's local brightness is the better bet: the network sees the
 * context on both sides a few pixels away, while a copied patch brings the mean of wherever it came from. So there
 * the synthesis keeps its grain and takes the guide's mean at the scale of a few pixels. Thick holes keep the
 * synthesis as it is: there the copied structure is better than the network's smooth guess.
 */
final class ThinHoleAnchor {

	/**
	 * The scale of "local brightness", in pixels: wide enough to leave a scratch's grain and edges to the copy (at
	 * 3 px the street frames' scratch SWD was 0.103, at 5 px 0.098 at 1% more LF L1; EM's 0.077 and 0.074).
	 */
	static final double SIGMA = 5.0;
	/** Holes at most this thick take the guide's mean fully, holes at least {@link #NONE_FROM} not at all. */
	static final int FULL_UP_TO = 16, NONE_FROM = 32;

	private ThinHoleAnchor() {}

	/**
	 * @param c the canvas that was synthesised, with its unblurred guide
	 * @param synthesised the synthesis' result on that canvas
	 * @param thickness how thick its holes are ({@link HoleDistance#thickness})
	 * @return the result with the guide's local mean on thin holes (the same array when the holes are thick)
	 */
	static float[] apply(Canvas c, float[] synthesised, int thickness) {
		if (c.guide() == null) return synthesised;
		int w = c.width(), h = c.height(), ch = c.channels();
		double share = share(thickness);
		if (share == 0) return synthesised;
		float[] diff = new float[synthesised.length], inHole = new float[w * h];
		for (int i = 0; i < w * h; i++) {
			if (!c.fill()[i]) continue;
			inHole[i] = 1;
			for (int k = 0; k < ch; k++) diff[i * ch + k] = c.guide()[i * ch + k] - synthesised[i * ch + k];
		}
		// the mean difference over nearby hole pixels only: known pixels agree already and must not dilute it
		float[] num = GaussianBlur.blur(diff, w, h, ch, SIGMA), den = GaussianBlur.blur(inHole, w, h, 1, SIGMA);
		float[] out = synthesised.clone();
		for (int i = 0; i < w * h; i++)
			if (c.fill()[i] && den[i] > 1e-6f)
				for (int k = 0; k < ch; k++) out[i * ch + k] += (float) (share * num[i * ch + k] / den[i]);
		return out;
	}

	/** 1 up to {@link #FULL_UP_TO} pixels thick, 0 from {@link #NONE_FROM}, linear between. */
	static double share(int thickness) {
		return Math.max(0, Math.min(1, (NONE_FROM - thickness) / (double) (NONE_FROM - FULL_UP_TO)));
	}
}
