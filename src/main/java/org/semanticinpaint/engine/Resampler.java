package org.semanticinpaint.engine;

/**
 * Resizes HWC float planes between window and tile size: exact area averaging when shrinking (no aliasing of
 * fine texture or scratches), bilinear with half-pixel centres when enlarging; nearest for label maps.
 */
public final class Resampler {

	private Resampler() {}

	/** The plane at {@code dw} x {@code dh} pixels, same channels. */
	public static Plane resize(Plane src, int dw, int dh) {
		return resizeAxis(resizeAxis(src, dw, true), dh, false);
	}

	/** Resizes along x (horizontal) or y, keeping the other axis. */
	private static Plane resizeAxis(Plane src, int n, boolean horizontal) {
		int len = horizontal ? src.width() : src.height(), other = horizontal ? src.height() : src.width();
		if (n == len) return src.with(src.values().clone());
		Plane out = new Plane(new float[(horizontal ? n * other : other * n) * src.channels()],
			horizontal ? n : src.width(), horizontal ? src.height() : n, src.channels());
		double scale = len / (double) n;
		for (int o = 0; o < other; o++)
			for (int i = 0; i < n; i++) {
				for (int ch = 0; ch < src.channels(); ch++) {
					double v;
					if (scale > 1) { // area average over [i*scale, (i+1)*scale)
						double a = i * scale, b = (i + 1) * scale, sum = 0;
						for (int k = (int) Math.floor(a); k < Math.ceil(b) && k < len; k++) {
							double wgt = Math.min(b, k + 1) - Math.max(a, k);
							if (wgt > 0) sum += wgt * at(src, horizontal, k, o, ch);
						}
						v = sum / scale;
					}
					else {
						double p = (i + 0.5) * scale - 0.5;
						p = Math.max(0, Math.min(len - 1, p));
						int k0 = (int) Math.floor(p), k1 = Math.min(k0 + 1, len - 1);
						double f = p - k0;
						v = at(src, horizontal, k0, o, ch) * (1 - f) + at(src, horizontal, k1, o, ch) * f;
					}
					out.values()[horizontal ? out.index(i, o, ch) : out.index(o, i, ch)] = (float) v;
				}
			}
		return out;
	}

	/** The value at position k along the resized axis and o along the other. */
	private static float at(Plane src, boolean horizontal, int k, int o, int ch) {
		return horizontal ? src.at(k, o, ch) : src.at(o, k, ch);
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
