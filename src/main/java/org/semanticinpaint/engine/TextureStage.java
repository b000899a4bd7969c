package org.semanticinpaint.engine;

import java.util.List;

import org.semanticinpaint.engine.texture.Canvas;
import org.semanticinpaint.engine.texture.TextureParams;
import org.semanticinpaint.engine.texture.TextureSynthesis;

/**
 * The texture stage after stage 2: at the window's full resolution, every hole pixel takes its fine detail from
 * known pixels of the same image whose class matches the (edited) class there, guided by stage 2's fill for
 * structure and brightness. The networks see the window shrunk to their tile, so detail finer than the shrink
 * factor can only come from the image itself. Only hole pixels change. (Adding stage 2's low frequencies back
 * after the copy was measured and dropped: on EM it raised LF L1, SWD and lost controllability, and it showed
 * stage 2's smoother, slightly shifted square.)
 */
final class TextureStage {

	/** Rows of unknown pixels between stacked exemplars, so no patch spans two of them. */
	private static final int GAP = 8;

	private final TextureParams params;

	TextureStage(TextureParams params) {
		this.params = params;
	}

	/**
	 * @param p the window's proposal (its pixels and intensity mapping)
	 * @param fill stage 2's fill at window resolution, image units, HWC
	 * @param labels the wanted class of every window pixel (known pixels: what they show)
	 * @param elsewhere known pixels from elsewhere in the image, for classes the window does not show
	 * @param scale how many window pixels one tile pixel spans: detail below it is the image's
	 * @param seed the run's seed ({@link TextureParams#seed}); each window derives its own from it and its place
	 * @return the textured fill (HWC, image units; only hole pixels differ from {@code fill})
	 */
	float[] apply(WindowProposal p, float[] fill, byte[] labels, List<Exemplar> elsewhere, double scale, long seed) {
		HoleWindow win = p.window();
		int w = win.width(), h = win.height(), c = fill.length / (w * h);
		boolean[] hole = win.hole();
		Stack stack = new Stack(w, h, c, elsewhere);
		double lo = p.normalizer().low(), range = p.normalizer().high() - lo;
		for (int i = 0; i < w * h; i++) {
			float[] v = new float[c];
			boolean known = !hole[i];
			for (int k = 0; k < c; k++) {
				v[k] = hole[i] ? fill[i * c + k] : p.original()[i * c + k];
				if (!Float.isFinite(v[k])) { known = false; v[k] = fill[i * c + k]; }
			}
			stack.put(i % w, i / w, v, known, hole[i], labels[i], lo, range);
		}
		stack.extendEdges(w, h);
		int y = h;
		for (Exemplar e : elsewhere) {
			y += GAP;
			for (int i = 0; i < e.width() * e.height(); i++) {
				float[] v = java.util.Arrays.copyOfRange(e.pixels(), i * c, i * c + c);
				stack.put(i % e.width(), y + i / e.width(), v, e.known()[i], false, e.labels()[i], lo, range);
			}
			y += e.height();
		}
		Canvas canvas = stack.canvas();
		TextureParams tp = params.withGuideSigma(Math.max(params.distance().guideSigma(), scale))
			.withSeed(seed * 31 + win.x0() * 7919L + win.y0());
		float[] out = TextureSynthesis.fill(canvas, tp);
		float[] result = fill.clone();
		for (int i = 0; i < w * h; i++)
			if (hole[i]) for (int k = 0; k < c; k++)
				result[i * c + k] = (float) (lo + out[((i / w) * canvas.width() + i % w) * c + k] * range);
		return result;
	}

	/** The window on top and the exemplars below it, as one canvas in units of the data range. */
	private static final class Stack {
		final int w, h, c;
		final float[] px;
		final boolean[] known, fill;
		final byte[] labels;

		Stack(int ww, int wh, int c, List<Exemplar> elsewhere) {
			int width = ww, height = wh;
			for (Exemplar e : elsewhere) {
				width = Math.max(width, e.width());
				height += GAP + e.height();
			}
			this.w = width;
			this.h = height;
			this.c = c;
			px = new float[w * h * c];
			known = new boolean[w * h];
			fill = new boolean[w * h];
			labels = new byte[w * h];
			java.util.Arrays.fill(labels, (byte) Canvas.ANY);
		}

		void put(int x, int y, float[] v, boolean isKnown, boolean toFill, byte label, double lo, double range) {
			int i = y * w + x;
			for (int k = 0; k < c; k++) px[i * c + k] = (float) ((v[k] - lo) / range);
			known[i] = isKnown;
			fill[i] = toFill;
			labels[i] = label;
		}

		/**
		 * Repeats the window's last column and row into the padding beside and the gap below it, as if the window
		 * were clamped at its edges: patches at its border then see what they would see without the exemplars.
		 */
		void extendEdges(int ww, int wh) {
			for (int y = 0; y < Math.min(h, wh + GAP); y++)
				for (int x = 0; x < w; x++) {
					if (x < ww && y < wh) continue;
					int from = Math.min(y, wh - 1) * w + Math.min(x, ww - 1);
					System.arraycopy(px, from * c, px, (y * w + x) * c, c);
				}
		}

		Canvas canvas() {
			return new Canvas(new Canvas.Layout(w, h, c), px, known, fill, labels, px);
		}
	}
}
