package org.semanticinpaint.eval.bench;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Rendering;

/** One propose + render + paste into the image, timed step by step. */
record EndToEnd(int windows, double proposeMs, double renderMs, double pasteMs) {

	double totalMs() {
		return proposeMs + renderMs + pasteMs;
	}

	static <T extends RealType<T>, M extends RealType<M>> EndToEnd run(InpaintEngine engine,
		RandomAccessibleInterval<T> image, RandomAccessibleInterval<M> mask) throws InpaintException
	{
		long t0 = System.nanoTime();
		Proposal p = engine.propose(image, mask, Progress.NONE);
		long t1 = System.nanoTime();
		Rendering rendering = engine.render(p, null, Progress.NONE);
		long t2 = System.nanoTime();
		rendering.paste(image);
		long t3 = System.nanoTime();
		return new EndToEnd(p.windows().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
	}
}
