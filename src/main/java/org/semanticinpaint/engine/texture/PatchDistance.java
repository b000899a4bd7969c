package org.semanticinpaint.engine.texture;

/**
 * Distance between the patch around a pixel to fill and a known source patch (which always lies wholly inside the
 * canvas): the current estimate against the source's pixels, the guide against the source's guide, and a penalty
 * per pixel whose source class is not the one wanted there. Target pixels outside the canvas are skipped, which
 * shifts every candidate's sum equally, so sums compare without normalising. Both sides are laid out as one
 * interleaved feature vector per pixel, pre-scaled by the square roots of the weights, so the inner loop is a plain
 * sum of squares over contiguous memory.
 */
final class PatchDistance {

	private final Canvas c;
	private final TextureParams p;
	private final int w, h, r, f;
	private final float[] source;
	private final byte[] labels;
	private final float lambda;
	private float[] target;

	/** The source side, built once per level; {@link #estimate} sets the target side before each round. */
	PatchDistance(Canvas c, TextureParams p) {
		this.c = c;
		this.p = p;
		this.w = c.width();
		this.h = c.height();
		this.r = p.patchRadius();
		this.f = c.channels() * (c.guide() != null ? 2 : 1);
		this.source = features(c, c.pixels(), p, c.guide() != null);
		this.labels = c.labels();
		this.lambda = labels == null ? 0f : (float) p.distance().labelPenalty();
	}

	/** The current estimate of the canvas, against which sources are compared from now on. */
	PatchDistance estimate(float[] estimate) {
		target = features(c, estimate, p, c.guide() != null);
		return this;
	}

	private static float[] features(Canvas c, float[] values, TextureParams p, boolean guided) {
		int ch = c.channels(), f = ch * (guided ? 2 : 1);
		float we = (float) Math.sqrt(p.distance().estimateWeight()), wg = (float) Math.sqrt(p.distance().guideWeight());
		float[] out = new float[c.size() * f];
		for (int i = 0; i < c.size(); i++) {
			for (int k = 0; k < ch; k++) out[i * f + k] = we * values[i * ch + k];
			if (guided) for (int k = 0; k < ch; k++) out[i * f + ch + k] = wg * c.guide()[i * ch + k];
		}
		return out;
	}

	/** The distance, or any value of at least {@code limit} once the sum passes it (early out). */
	float between(int t, int s, float limit) {
		int tx = t % w, ty = t / w;
		int x0 = Math.max(-r, -tx), x1 = Math.min(r, w - 1 - tx);
		float sum = 0;
		for (int dy = -r; dy <= r; dy++) {
			int y = ty + dy;
			if (y < 0 || y >= h) continue;
			int tRow = y * w + tx, sRow = s + dy * w;
			for (int j = (tRow + x0) * f, k = (sRow + x0) * f, end = (tRow + x1 + 1) * f; j < end; j++, k++) {
				float d = target[j] - source[k];
				sum += d * d;
			}
			if (lambda != 0)
				for (int dx = x0; dx <= x1; dx++) {
					int lt = labels[tRow + dx] & 0xff;
					if (lt != Canvas.ANY && lt != (labels[sRow + dx] & 0xff)) sum += lambda;
				}
			if (sum >= limit) return sum;
		}
		return sum;
	}
}
