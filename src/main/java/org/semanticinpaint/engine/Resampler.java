package org.semanticinpaint.engine;

/**
 * Resizes HWC float images between window and tile size: exact area averaging when shrinking (no aliasing of
 * fine texture or scratches), bilinear with half-pixel centres when enlarging; nearest for label maps.
 */
public final class Resampler {

	private Resampler() {}

	public static float[] resize(float[] src, int sw, int sh, int c, int dw, int dh) {
		float[] tmp = resizeAxis(src, sw, sh, c, dw, true);
		return resizeAxis(tmp, dw, sh, c, dh, false);
	}

	/** Resizes along x (horizontal) or y, keeping the other axis. */
	private static float[] resizeAxis(float[] src, int w, int h, int c, int n, boolean horizontal) {
		int len = horizontal ? w : h, other = horizontal ? h : w;
		int ow = horizontal ? n : w, oh = horizontal ? h : n;
		float[] out = new float[ow * oh * c];
		if (n == len) return src.clone();
		double scale = len / (double) n;
		for (int o = 0; o < other; o++)
			for (int i = 0; i < n; i++) {
				for (int ch = 0; ch < c; ch++) {
					double v;
					if (scale > 1) { // area average over [i*scale, (i+1)*scale)
						double a = i * scale, b = (i + 1) * scale, sum = 0;
						for (int k = (int) Math.floor(a); k < Math.ceil(b) && k < len; k++) {
							double wgt = Math.min(b, k + 1) - Math.max(a, k);
							if (wgt > 0) sum += wgt * at(src, w, c, horizontal, k, o, ch);
						}
						v = sum / scale;
					}
					else {
						double p = (i + 0.5) * scale - 0.5;
						p = Math.max(0, Math.min(len - 1, p));
						int k0 = (int) Math.floor(p), k1 = Math.min(k0 + 1, len - 1);
						double f = p - k0;
						v = at(src, w, c, horizontal, k0, o, ch) * (1 - f) + at(src, w, c, horizontal, k1, o, ch) * f;
					}
					int x = horizontal ? i : o, y = horizontal ? o : i;
					out[(y * ow + x) * c + ch] = (float) v;
				}
			}
		return out;
	}

	private static float at(float[] src, int w, int c, boolean horizontal, int k, int o, int ch) {
		int x = horizontal ? k : o, y = horizontal ? o : k;
		return src[(y * w + x) * c + ch];
	}

	/** Nearest-neighbour resize of a label map (pixel centres). */
	public static byte[] nearest(byte[] src, int sw, int sh, int dw, int dh) {
		byte[] out = new byte[dw * dh];
		for (int y = 0; y < dh; y++) {
			int sy = Math.min(sh - 1, (int) ((y + 0.5) * sh / dh));
			for (int x = 0; x < dw; x++) out[y * dw + x] = src[sy * sw + Math.min(sw - 1, (int) ((x + 0.5) * sw / dw))];
		}
		return out;
	}
}
