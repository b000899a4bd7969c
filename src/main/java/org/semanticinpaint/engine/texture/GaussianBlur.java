package org.semanticinpaint.engine.texture;

/**
 * Separable Gaussian blur of an HWC image, renormalised at the borders (a border pixel averages only pixels that
 * exist, so edges do not darken).
 */
public final class GaussianBlur {

	private GaussianBlur() {}

	public static float[] blur(float[] src, int w, int h, int c, double sigma) {
		if (sigma <= 0) return src.clone();
		int r = (int) Math.ceil(3 * sigma);
		float[] k = new float[2 * r + 1];
		for (int i = -r; i <= r; i++) k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
		float[] tmp = new float[src.length], out = new float[src.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				int lo = Math.max(-r, -x), hi = Math.min(r, w - 1 - x);
				float norm = 0;
				for (int i = lo; i <= hi; i++) norm += k[i + r];
				for (int ch = 0; ch < c; ch++) {
					float s = 0;
					for (int i = lo; i <= hi; i++) s += k[i + r] * src[(y * w + x + i) * c + ch];
					tmp[(y * w + x) * c + ch] = s / norm;
				}
			}
		for (int y = 0; y < h; y++) {
			int lo = Math.max(-r, -y), hi = Math.min(r, h - 1 - y);
			float norm = 0;
			for (int i = lo; i <= hi; i++) norm += k[i + r];
			for (int x = 0; x < w; x++)
				for (int ch = 0; ch < c; ch++) {
					float s = 0;
					for (int i = lo; i <= hi; i++) s += k[i + r] * tmp[((y + i) * w + x) * c + ch];
					out[(y * w + x) * c + ch] = s / norm;
				}
		}
		return out;
	}
}
