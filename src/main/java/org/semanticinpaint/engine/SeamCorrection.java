package org.semanticinpaint.engine;

/**
 * The feathered blend at hole borders. The network reproduces the known pixels only approximately, so its fill
 * would meet the untouched surroundings with a small step. The residual (truth - network) on known pixels is
 * spread into the hole by normalised Gaussian convolution and added, fully at the border and fading inside, so
 * the fill continues the surroundings without a seam while the hole's interior stays the network's.
 */
public final class SeamCorrection {

	private SeamCorrection() {}

	/**
	 * @param original window pixels (HWC), values in the hole are ignored
	 * @param network the network's output resized to the window (HWC), corrected in place
	 * @param hole window hole mask
	 * @param sigma Gaussian width in window pixels
	 */
	public static void apply(float[] original, float[] network, boolean[] hole, int w, int h, int c, double sigma) {
		float[] known = new float[w * h];
		for (int i = 0; i < w * h; i++) known[i] = hole[i] ? 0f : 1f;
		float[] weight = blur(known, w, h, 1, sigma);
		float[] residual = new float[w * h * c];
		for (int i = 0; i < w * h; i++)
			if (!hole[i]) for (int k = 0; k < c; k++) {
				float r = original[i * c + k] - network[i * c + k];
				residual[i * c + k] = Float.isNaN(r) ? 0f : r;
			}
		float[] spread = blur(residual, w, h, c, sigma);
		for (int i = 0; i < w * h; i++) {
			if (!hole[i] || weight[i] < 1e-6f) continue;
			float fade = Math.min(1f, 2f * weight[i]); // 1 at the border (weight ~ 0.5), 0 deep inside
			for (int k = 0; k < c; k++) network[i * c + k] += fade * spread[i * c + k] / weight[i];
		}
	}

	/** Separable Gaussian blur with zero padding, HWC. */
	static float[] blur(float[] src, int w, int h, int c, double sigma) {
		int r = (int) Math.ceil(3 * sigma);
		float[] k = new float[2 * r + 1];
		for (int i = -r; i <= r; i++) k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
		float[] tmp = new float[src.length], out = new float[src.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				for (int ch = 0; ch < c; ch++) {
					float s = 0;
					for (int i = Math.max(-r, -x); i <= Math.min(r, w - 1 - x); i++) s += k[i + r] * src[(y * w + x + i) * c + ch];
					tmp[(y * w + x) * c + ch] = s;
				}
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				for (int ch = 0; ch < c; ch++) {
					float s = 0;
					for (int i = Math.max(-r, -y); i <= Math.min(r, h - 1 - y); i++) s += k[i + r] * tmp[((y + i) * w + x) * c + ch];
					out[(y * w + x) * c + ch] = s;
				}
		// normalise so that a constant field blurs to itself away from borders
		float norm = 0;
		for (float v : k) norm += v;
		norm *= norm;
		for (int i = 0; i < out.length; i++) out[i] /= norm;
		return out;
	}
}
