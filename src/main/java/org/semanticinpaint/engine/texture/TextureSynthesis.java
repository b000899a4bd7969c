package org.semanticinpaint.engine.texture;

import java.util.List;

/**
 * Exemplar-based synthesis: fills a canvas's holes with patches of its own known pixels, coarse to fine, each
 * level a few rounds of PatchMatch search and voting. With a guide and labels it renders the guide's structure
 * with the image's own texture, each class from sources of that class; without them it is the classic
 * content-aware fill. Deterministic for a given seed; the work per pixel to fill is bounded by the settings.
 */
public final class TextureSynthesis {

	/** Holes are halved until they are about this thick: a few patches across. */
	static final int COARSEST_THICKNESS = 16;

	private TextureSynthesis() {}

	/** @return the canvas's pixels with every pixel to fill synthesised (the rest as given) */
	public static float[] fill(Canvas canvas, TextureParams p) {
		int r = p.patchRadius();
		Canvas fine = withBlurredGuide(canvas, p.distance().guideSigma());
		Sources fineSources = new Sources(fine, r); // depends on known pixels and labels, not on what is filled
		fine = withoutAbsentClasses(fine, fineSources);
		if (fine.fillCount() == 0) return canvas.pixels().clone();
		int thickness = HoleDistance.thickness(fine.fill(), fine.width(), fine.height());
		int levels = CanvasPyramid.levelsFor(thickness, COARSEST_THICKNESS);
		List<Canvas> pyramid = CanvasPyramid.build(fine, levels);
		NearestNeighbourField f = null;
		for (int l = pyramid.size() - 1; l >= 0; l--) {
			Canvas c = pyramid.get(l);
			Sources s = l == 0 ? fineSources : new Sources(c, r);
			if (s.isEmpty()) { f = null; continue; }
			long stream = 100L * l;
			boolean fresh = f == null;
			f = fresh ? NearestNeighbourField.random(c, s, p.seed(), stream) : NearestNeighbourField.upsample(f, c, s,
				p.seed(), stream);
			float[] estimate = fresh ? c.pixels() : PatchVote.average(c, f, r);
			int rounds = l == 0 ? p.rounds().fine() : p.rounds().coarse();
			// an upsampled field is already close: the finest level searches near it only
			int radius = Math.max(c.width(), c.height()) / (fresh ? 1 : 4);
			PatchDistance d = new PatchDistance(c, p);
			for (int it = 0; it < rounds; it++) {
				f.improve(d.estimate(estimate), s, p.seed(), stream + 1 + it, it % 2 == 1, radius);
				if (l > 0 || it < rounds - 1) estimate = PatchVote.average(c, f, r);
			}
		}
		return f == null ? canvas.pixels().clone() : ThinHoleAnchor.apply(canvas.withFill(fine.fill()),
			PatchVote.weighted(fine, f, r, p.finalVoteSigma()), thickness);
	}

	private static Canvas withBlurredGuide(Canvas c, double sigma) {
		if (c.guide() == null) return c;
		return c.withGuide(GaussianBlur.blur(c.guide(), c.width(), c.height(), c.channels(), sigma));
	}

	/** A class no known patch shows cannot be copied: those pixels keep their first estimate (the network's). */
	private static Canvas withoutAbsentClasses(Canvas c, Sources s) {
		if (c.labels() == null) return c;
		boolean[] fill = c.fill().clone();
		boolean changed = false;
		for (int i = 0; i < fill.length; i++)
			if (fill[i] && !s.has(c.label(i))) { fill[i] = false; changed = true; }
		return changed ? c.withFill(fill) : c;
	}
}
