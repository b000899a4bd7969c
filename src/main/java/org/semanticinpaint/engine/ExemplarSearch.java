package org.semanticinpaint.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks beyond a window for a class the person painted but the window does not show: first in the other windows
 * of the same proposal, then in window-sized blocks of the image around it, nearest first, each segmented by the
 * bundle's network as Propose segments a window. At most {@link #MAX_BLOCKS} blocks are segmented per window, so the
 * cost stays bounded; a class found nowhere keeps stage 2's fill.
 */
final class ExemplarSearch {

	static final int MAX_BLOCKS = 8;
	/** A class counts as shown once this many known pixels carry it (a few whole patches). */
	static final int ENOUGH = 200;
	private static final int[][] RINGS = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 }, { 1, 1 }, { -1, -1 }, { 1, -1 },
		{ -1, 1 }, { 2, 0 }, { -2, 0 }, { 0, 2 }, { 0, -2 } };

	private final TileModel model;

	ExemplarSearch(TileModel model) {
		this.model = model;
	}

	/** Classes wanted in the window's hole that too few of its known pixels carry. */
	static Set<Integer> missing(WindowProposal p, byte[] labels) {
		boolean[] hole = p.window().hole();
		int[] known = new int[256];
		Set<Integer> wanted = new HashSet<>();
		for (int i = 0; i < hole.length; i++) {
			int k = labels[i] & 0xff;
			if (hole[i]) wanted.add(k);
			else known[k]++;
		}
		wanted.removeIf(k -> k == 255 || known[k] >= ENOUGH);
		return wanted;
	}

	List<Exemplar> find(Proposal proposal, int index, Set<Integer> classes, int tile) {
		List<Exemplar> out = new ArrayList<>();
		Set<Integer> left = new HashSet<>(classes);
		for (int j = 0; j < proposal.windows().size() && !left.isEmpty(); j++)
			if (j != index) keep(fromWindow(proposal.windows().get(j), tile), left, out);
		if (proposal.image() == null) return out;
		WindowProposal p = proposal.windows().get(index);
		HoleWindow w = p.window();
		int blocks = 0;
		for (int[] d : RINGS) {
			if (left.isEmpty() || blocks == MAX_BLOCKS) break;
			int x0 = clamp(w.x0() + d[0] * w.width(), proposal.imageWidth() - w.width());
			int y0 = clamp(w.y0() + d[1] * w.height(), proposal.imageHeight() - w.height());
			if (x0 == w.x0() && y0 == w.y0()) continue;
			keep(segmentBlock(proposal, p.normalizer(), x0, y0, w.width(), w.height()), left, out);
			blocks++;
		}
		return out;
	}

	private static int clamp(int v, int max) {
		return Math.max(0, Math.min(max, v));
	}

	private static void keep(Exemplar e, Set<Integer> left, List<Exemplar> out) {
		boolean useful = false;
		for (int k : Set.copyOf(left))
			if (e.count(k) >= ENOUGH) { left.remove(k); useful = true; }
		if (useful) out.add(e);
	}

	private static Exemplar fromWindow(WindowProposal p, int tile) {
		HoleWindow w = p.window();
		boolean[] known = new boolean[w.width() * w.height()];
		for (int i = 0; i < known.length; i++) known[i] = !w.hole()[i];
		return new Exemplar(w.width(), w.height(), p.original(), p.windowLabels(tile), known);
	}

	/** A block of the image, its pixels inside any window's hole unknown, segmented at the window's scale. */
	private Exemplar segmentBlock(Proposal proposal, Normalizer norm, int x0, int y0, int w, int h) {
		float[] px = proposal.image().read(x0, y0, w, h);
		int c = proposal.channels(), t = model.tile();
		boolean[] holes = proposal.holes(x0, y0, w, h), known = new boolean[w * h];
		float[] net = new float[px.length];
		for (int i = 0; i < w * h; i++) {
			known[i] = !holes[i];
			for (int k = 0; k < c; k++) {
				known[i] &= Float.isFinite(px[i * c + k]);
				net[i * c + k] = Float.isFinite(px[i * c + k]) ? norm.toNet(px[i * c + k]) : 0f;
			}
		}
		byte[] tileLabels = TileModel.argmax(model.segment(Resampler.resize(new Plane(net, w, h, c), t, t).values()), model.classes());
		return new Exemplar(w, h, px, Resampler.nearest(tileLabels, t, t, w, h), known);
	}
}
