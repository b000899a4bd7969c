package org.semanticinpaint.engine;

import org.semanticinpaint.engine.texture.Canvas;
import org.semanticinpaint.engine.texture.GaussianBlur;
import org.semanticinpaint.engine.texture.TextureParams;
import org.semanticinpaint.engine.texture.TextureSynthesis;

/**
 * The texture stage after stage 2: at the window's full resolution, every hole pixel takes its fine detail from
 * known pixels of the same image whose class matches the (edited) class there, guided by stage 2's fill for
 * structure and brightness. The networks see the window shrunk to their tile, so detail finer than the shrink
 * factor can only come from the image itself. Only hole pixels change.
 */
final class TextureStage {

	private final TextureParams params;

	TextureStage(TextureParams params) {
		this.params = params;
	}

	/**
	 * @param p the window's proposal (its pixels and intensity mapping)
	 * @param fill stage 2's fill at window resolution, image units, HWC
	 * @param labels the wanted class of every window pixel (known pixels: what they show)
	 * @param scale how many window pixels one tile pixel spans: detail below it is the image's
	 * @return the textured fill (HWC, image units; only hole pixels differ from {@code fill})
	 */
	float[] apply(WindowProposal p, float[] fill, byte[] labels, double scale) {
		HoleWindow win = p.window();
		int w = win.width(), h = win.height(), c = fill.length / (w * h);
		double lo = p.normalizer().low(), range = p.normalizer().high() - lo;
		float[] px = new float[fill.length];
		boolean[] known = new boolean[w * h], hole = win.hole();
		for (int i = 0; i < w * h; i++) {
			known[i] = !hole[i];
			for (int k = 0; k < c; k++) {
				float v = hole[i] ? fill[i * c + k] : p.original()[i * c + k];
				if (!Float.isFinite(v)) { known[i] = false; v = fill[i * c + k]; }
				px[i * c + k] = (float) ((v - lo) / range);
			}
		}
		Canvas canvas = new Canvas(w, h, c, px, known, hole, labels, px);
		TextureParams tp = params.withGuideSigma(Math.max(1.0, scale)).withSeed(params.seed() * 31 + win.x0() * 7919L +
			win.y0());
		float[] out = TextureSynthesis.fill(canvas, tp);
		float[] result = fill.clone();
		for (int i = 0; i < w * h; i++)
			if (hole[i]) for (int k = 0; k < c; k++) result[i * c + k] = (float) (lo + out[i * c + k] * range);
		return result;
	}
}
