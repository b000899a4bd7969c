package org.semanticinpaint.engine;

import java.util.List;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * The result of Propose on one image plane: one {@link WindowProposal} per window, in the image's coordinates, and
 * the plane itself, where Render looks for a painted class that no window shows (null: look only in the windows).
 */
public record Proposal(int imageWidth, int imageHeight, int channels, int tile, List<WindowProposal> windows,
	ImageAccess<?> image)
{
	/** Which pixels of an image rectangle lie in the hole of any window (row-major, w x h). */
	boolean[] holes(int x0, int y0, int w, int h) {
		boolean[] out = new boolean[w * h];
		for (WindowProposal wp : windows) {
			HoleWindow hw = wp.window();
			int ax = Math.max(x0, hw.x0()), bx = Math.min(x0 + w, hw.x0() + hw.width());
			int ay = Math.max(y0, hw.y0()), by = Math.min(y0 + h, hw.y0() + hw.height());
			for (int y = ay; y < by; y++)
				for (int x = ax; x < bx; x++)
					if (hw.hole()[(y - hw.y0()) * hw.width() + x - hw.x0()]) out[(y - y0) * w + x - x0] = true;
		}
		return out;
	}

	/** Writes stage 1's fill into the holes of {@code target} (a copy of the image). */
	public <T extends RealType<T>> void pasteCoarse(RandomAccessibleInterval<T> target) {
		ImageAccess<T> a = new ImageAccess<>(target);
		for (WindowProposal w : windows) a.writeHole(w.window(), w.coarse());
	}

	/**
	 * Writes the proposed labels of every window (hole and context) into a label image of the image's size; where
	 * windows overlap, each pixel shows the labels of the window it lies deepest in.
	 */
	public <L extends IntegerType<L>> void paintLabels(RandomAccessibleInterval<L> labels) {
		RandomAccess<L> ra = labels.randomAccess();
		List<HoleWindow> wins = WindowProposal.windows(windows);
		List<List<Integer>> near = WindowBlend.neighbours(wins);
		for (int i = 0; i < windows.size(); i++) {
			HoleWindow win = wins.get(i);
			byte[] lab = windows.get(i).windowLabels(tile);
			for (int y = 0; y < win.height(); y++)
				for (int x = 0; x < win.width(); x++) {
					if (!WindowBlend.owns(wins, near.get(i), i, win.x0() + x, win.y0() + y))
						continue; // overlapping windows: the most central one's labels show
					ra.setPosition(labels.min(0) + win.x0() + x, 0);
					ra.setPosition(labels.min(1) + win.y0() + y, 1);
					ra.get().setInteger(lab[y * win.width() + x] & 0xff);
				}
		}
	}

	/**
	 * The labels each window renders from: null (its own proposal) where {@code labels} equal that proposal on
	 * every pixel the window owns (the pixels {@link #paintLabels} paints from it), else {@code labels}. An
	 * unedited label layer, or a label map written from a run, so renders exactly as the proposal did: the
	 * proposal's tile labels, not the labels resampled back to the tile.
	 */
	LabelSource[] asProposed(LabelSource labels) {
		LabelSource[] out = new LabelSource[windows.size()];
		if (labels == null) return out;
		List<HoleWindow> wins = WindowProposal.windows(windows);
		List<List<Integer>> near = WindowBlend.neighbours(wins);
		for (int i = 0; i < windows.size(); i++) {
			HoleWindow win = wins.get(i);
			byte[] lab = windows.get(i).windowLabels(tile);
			search:
			for (int y = 0; y < win.height(); y++)
				for (int x = 0; x < win.width(); x++) {
					int ix = win.x0() + x, iy = win.y0() + y;
					if (WindowBlend.owns(wins, near.get(i), i, ix, iy) && labels.classAt(ix, iy) !=
						(lab[y * win.width() + x] & 0xff))
					{
						out[i] = labels;
						break search;
					}
				}
		}
		return out;
	}

	/** Pixels of the user's hole (NaN context pixels, missing but never written, are not counted). */
	public int holePixels() {
		int n = 0;
		for (WindowProposal w : windows) n += w.window().writePixels();
		return n;
	}
}
