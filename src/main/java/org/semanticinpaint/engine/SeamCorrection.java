package org.semanticinpaint.engine;

import org.semanticinpaint.engine.texture.GaussianBlur;

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
		float[] weight = GaussianBlur.blur(known, w, h, 1, sigma);
		float[] residual = new float[w * h * c];
		for (int i = 0; i < w * h; i++)
			if (!hole[i]) for (int k = 0; k < c; k++) {
				float r = original[i * c + k] - network[i * c + k];
				residual[i * c + k] = Float.isNaN(r) ? 0f : r;
			}
		float[] spread = GaussianBlur.blur(residual, w, h, c, sigma);
		for (int i = 0; i < w * h; i++) {
			if (!hole[i] || weight[i] < 1e-6f) continue;
			float fade = Math.min(1f, 2f * weight[i]); // 1 at the border (weight ~ 0.5), 0 deep inside
			for (int k = 0; k < c; k++) network[i * c + k] += fade * spread[i * c + k] / weight[i];
		}
	}
}
