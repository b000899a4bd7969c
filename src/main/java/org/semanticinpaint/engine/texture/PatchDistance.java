package org.semanticinpaint.engine.texture;

/**
 * Distance between the patch around a pixel to fill and a known source patch (which always lies wholly inside the
 * canvas): the current estimate against the source's pixels, the guide against the source's guide, and a penalty
 * per pixel whose source class is not the one wanted there. Target pixels outside the canvas are skipped, which
 * shifts every candidate's sum equally, so sums compare without normalising.
 */
final class PatchDistance {

	private final Canvas c;
	private final float[] estimate;
	private final int r;
	private final float wE, wG, lambda;

	PatchDistance(Canvas c, float[] estimate, TextureParams p) {
		this.c = c;
		this.estimate = estimate;
		this.r = p.patchRadius();
		this.wE = (float) p.estimateWeight();
		this.wG = c.guide() == null ? 0f : (float) p.guideWeight();
		this.lambda = c.labels() == null ? 0f : (float) p.labelPenalty();
	}

	/** The distance, or any value of at least {@code limit} once the sum passes it (early out). */
	float between(int target, int source, float limit) {
		int w = c.width(), h = c.height(), ch = c.channels();
		int tx = target % w, ty = target / w;
		float[] px = c.pixels(), g = c.guide();
		byte[] lab = c.labels();
		float sum = 0;
		for (int dy = -r; dy <= r; dy++) {
			int y = ty + dy;
			if (y < 0 || y >= h) continue;
			for (int dx = -r; dx <= r; dx++) {
				int x = tx + dx;
				if (x < 0 || x >= w) continue;
				int t = y * w + x, s = source + dy * w + dx;
				for (int k = 0; k < ch; k++) {
					float d = estimate[t * ch + k] - px[s * ch + k];
					sum += wE * d * d;
				}
				if (wG != 0) for (int k = 0; k < ch; k++) {
					float d = g[t * ch + k] - g[s * ch + k];
					sum += wG * d * d;
				}
				if (lambda != 0) {
					int lt = lab[t] & 0xff;
					if (lt != Canvas.ANY && lt != (lab[s] & 0xff)) sum += lambda;
				}
			}
			if (sum >= limit) return sum;
		}
		return sum;
	}
}
