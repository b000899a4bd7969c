package org.semanticinpaint.eval.bench;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.data.masks.CenterHoleMask;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.ImageAccess;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Rendering;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.engine.TileModel;
import org.semanticinpaint.eval.baselines.ContentAwareFill;
import org.semanticinpaint.eval.baselines.OpenCvInpainter;

/**
 * Propose and Render on one 256 x 256 window (a 256 x 256 image with the paper's 128 x 128 centre hole: with the
 * default context factor 2 the window is the whole image), the same two on one network tile through
 * {@link TileModel} alone (the networks without the engine's resizing, normalisation and seam correction), Render
 * without the texture stage, our content-aware fill and OpenCV Telea on the same window, interleaved in one loop so
 * that a disturbance hits all of them alike. The render target is for Render as a user gets it: with texture.
 */
public final class WindowBenchmark {

	public static final int SIDE = 256, HOLE = 128;
	public static final double PROPOSE_TARGET_MS = 100, RENDER_TARGET_MS = 150;

	private WindowBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("Propose and render on a 256 x 256 window", "bundle: step",
			List.of("runs", "median ms", "IQR ms", "min ms", "max ms", "x Telea", "target ms"),
			new int[] { 0, 1, 1, 1, 1, 2, 0 }, List.of("target met"));
	}

	/** @param warmup untimed runs first (graph optimisation and memory arenas happen on the first calls) */
	public static void run(ModelBundle bundle, EngineSettings settings, int runs, int warmup, BenchTable table)
		throws InpaintException
	{
		ArrayImg<FloatType, FloatArray> mask = ArrayImgs.floats(centreHole(SIDE), SIDE, SIDE);
		if (bundle.card().channels == 3)
			measure(bundle, settings, Synthetic.rgb8(SIDE, SIDE, 1), mask, runs, warmup, table);
		else measure(bundle, settings, Synthetic.gray16(SIDE, SIDE, 1), mask, runs, warmup, table);
	}

	private static <T extends RealType<T>> void measure(ModelBundle bundle, EngineSettings settings,
		RandomAccessibleInterval<T> image, ArrayImg<FloatType, FloatArray> mask, int runs, int warmup,
		BenchTable table) throws InpaintException
	{
		// not closed: the engine would close the bundle, which belongs to the caller
		InpaintEngine engine = new InpaintEngine(bundle, settings);
		TileModel model = engine.tileModel();
		int c = model.channels(), t = model.tile();
		float[] window = new ImageAccess<>(image).read(0, 0, SIDE, SIDE);
		float[] m = mask.update(null).getCurrentStorageArray();
		boolean[] hole = new boolean[m.length];
		for (int i = 0; i < m.length; i++) hole[i] = m[i] != 0;
		float[] tileImage = Synthetic.tile(t, c, 2);
		float[] tileMask = centreHole(t);
		double range = 65535;
		double[][] ms = new double[7][runs];
		for (int r = -warmup; r < runs; r++) {
			long t0 = System.nanoTime();
			Proposal p = engine.propose(image, mask, Progress.NONE);
			long t1 = System.nanoTime();
			Rendering rendering = engine.render(p, null, Texture.FROM_IMAGE, Progress.NONE);
			long t2 = System.nanoTime();
			engine.render(p, null, Texture.NONE, Progress.NONE);
			long t3 = System.nanoTime();
			TileModel.TileProposal tp = model.propose(tileImage, tileMask);
			long t4 = System.nanoTime();
			model.render(tp.features(), tp.coarse(), tp.labels());
			long t5 = System.nanoTime();
			ContentAwareFill.fill(new Plane(window, SIDE, SIDE, c), hole, range, r);
			long t6 = System.nanoTime();
			OpenCvInpainter.TELEA.fill(window, SIDE, SIDE, c, hole);
			long t7 = System.nanoTime();
			if (r == -warmup) checkWindow(p, rendering);
			if (r < 0) continue;
			long[] marks = { t0, t1, t2, t3, t4, t5, t6, t7 };
			for (int k = 0; k < ms.length; k++) ms[k][r] = (marks[k + 1] - marks[k]) / 1e6;
		}
		String name = bundle.card().name;
		Samples telea = new Samples(ms[6]);
		row(table, name + ": propose (engine)", new Samples(ms[0]), telea, PROPOSE_TARGET_MS);
		row(table, name + ": render with texture (engine, default)", new Samples(ms[1]), telea, RENDER_TARGET_MS);
		row(table, name + ": render without texture (engine)", new Samples(ms[2]), telea, Double.NaN);
		row(table, name + ": TileModel.propose, " + t + " x " + t + " tile", new Samples(ms[3]), telea, Double.NaN);
		row(table, name + ": TileModel.render, " + t + " x " + t + " tile", new Samples(ms[4]), telea, Double.NaN);
		row(table, name + ": content-aware fill (no labels, no guide)", new Samples(ms[5]), telea, Double.NaN);
		row(table, name + ": OpenCV Telea", telea, telea, Double.NaN);
	}

	/** The measurement means nothing unless the window is the whole image. */
	private static void checkWindow(Proposal p, Rendering r) {
		if (p.windows().size() != 1 || p.windows().get(0).window().width() != SIDE ||
			p.windows().get(0).window().height() != SIDE || r.windows().size() != 1)
			throw new IllegalStateException("expected one " + SIDE + " x " + SIDE + " window, got " + p.windows().size() +
				" window(s), the first " + p.windows().get(0).window().width() + " x " + p.windows().get(0).window().height());
	}

	private static void row(BenchTable table, String label, Samples s, Samples telea, double target) {
		String verdict = Double.isNaN(target) ? "" : s.median() <= target ? "PASS" : "FAIL";
		table.addRow(label, new double[] { s.count(), s.median(), s.iqr(), s.min(), s.max(), s.median() / telea.median(),
			target }, verdict);
	}

	/** The paper's centre hole, half the side, as a side x side mask (1 = missing). */
	private static float[] centreHole(int side) {
		return new CenterHoleMask(HOLE / (double) SIDE).generate(side, side, null);
	}
}
