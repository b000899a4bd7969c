package org.semanticinpaint.ij.image;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.semanticinpaint.engine.HoleWindow;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.WindowBlend;
import org.semanticinpaint.engine.WindowProposal;

/**
 * The proposed class at an image pixel, read from the proposal's windows as {@link Proposal#paintLabels} paints
 * them (where windows overlap, the most central one's), without a label image of the image's size: a label
 * image's "keep the proposal here" value needs it at a few pixels of a possibly huge image.
 */
final class ProposedLabels {

	private final Proposal proposal;
	private final List<HoleWindow> windows;
	private final List<List<Integer>> near;
	private final Map<Integer, byte[]> labels = new HashMap<>();
	private int last; // consecutive reads come from one window: try it first

	ProposedLabels(Proposal proposal) {
		this.proposal = proposal;
		this.windows = proposal.windows().stream().map(WindowProposal::window).toList();
		this.near = WindowBlend.neighbours(windows);
	}

	/** The proposed class at (x, y), which must lie in a window. */
	int classAt(int x, int y) {
		int i = owner(x, y);
		HoleWindow w = windows.get(i);
		byte[] lab = labels.computeIfAbsent(i, k -> proposal.windows().get(k).windowLabels(proposal.tile()));
		return lab[(y - w.y0()) * w.width() + (x - w.x0())] & 0xff;
	}

	private int owner(int x, int y) {
		if (windows.get(last).contains(x, y) && WindowBlend.owns(windows, near.get(last), last, x, y)) return last;
		for (int i = 0; i < windows.size(); i++)
			if (windows.get(i).contains(x, y) && WindowBlend.owns(windows, near.get(i), i, x, y)) return last = i;
		throw new IllegalArgumentException("(" + x + ", " + y + ") lies in no window");
	}
}
