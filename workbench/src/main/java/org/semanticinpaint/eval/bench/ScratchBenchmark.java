package org.semanticinpaint.eval.bench;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.data.masks.FreeFormMasks;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.ImageAccess;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.eval.baselines.OpenCvInpainter;

/**
 * One long scratch, 6 pixels wide, across a synthetic image: the engine cuts it into full-resolution windows, so
 * its cost grows with the scratch's length. Propose + render + paste against OpenCV Telea on the same image and
 * mask, in the same loop; the verdict asks each window to stay within the per-window targets.
 */
public final class ScratchBenchmark {

	public static final int WIDTH = 6;

	private ScratchBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("A long scratch (" + WIDTH + " px wide, cut into full-resolution windows)",
			"bundle: image", List.of("side px", "scratch px", "windows", "propose ms", "render ms", "total ms",
				"ms per window", "Telea ms", "x Telea"),
			new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 }, List.of("per window <= propose + render targets"));
	}

	public static void run(ModelBundle bundle, EngineSettings settings, List<Integer> sides, int runs, int warmup,
		BenchTable table) throws InpaintException
	{
		for (int side : sides) {
			if (bundle.card().channels == 3) measure(bundle, settings, Synthetic.rgb8(side, side, 3), side, runs, warmup,
				table);
			else measure(bundle, settings, Synthetic.gray16(side, side, 3), side, runs, warmup, table);
		}
	}

	/** Ends as fractions of the side: slightly off the diagonal (a line no axis-aligned window can follow). */
	private static final double X0 = 0.1, Y0 = 0.2, X1 = 0.9, Y1 = 0.75;

	static float[] scratch(int side) {
		float[] m = new float[side * side];
		FreeFormMasks.segment(m, side, side, X0 * side, Y0 * side, X1 * side, Y1 * side, WIDTH / 2.0);
		return m;
	}

	private static <T extends RealType<T>> void measure(ModelBundle bundle, EngineSettings settings,
		RandomAccessibleInterval<T> image, int side, int runs, int warmup, BenchTable table) throws InpaintException
	{
		InpaintEngine engine = new InpaintEngine(bundle, settings); // not closed: the bundle belongs to the caller
		float[] m = scratch(side);
		boolean[] hole = new boolean[m.length];
		for (int i = 0; i < m.length; i++) hole[i] = m[i] != 0;
		var mask = ArrayImgs.floats(m, side, side);
		int c = bundle.card().channels;
		float[] pixels = new ImageAccess<>(image).read(0, 0, side, side);
		double[][] ms = new double[4][runs];
		int windows = 0;
		for (int r = -warmup; r < runs; r++) {
			EndToEnd e = EndToEnd.run(engine, image, mask);
			long t0 = System.nanoTime();
			OpenCvInpainter.TELEA.fill(pixels, side, side, c, hole);
			long t1 = System.nanoTime();
			windows = e.windows();
			if (r < 0) continue;
			ms[0][r] = e.proposeMs();
			ms[1][r] = e.renderMs();
			ms[2][r] = e.totalMs();
			ms[3][r] = (t1 - t0) / 1e6;
		}
		double total = new Samples(ms[2]).median(), telea = new Samples(ms[3]).median();
		double perWindow = total / windows;
		double length = Math.hypot((X1 - X0) * side, (Y1 - Y0) * side);
		table.addRow(bundle.card().name + ": " + side + " x " + side, new double[] { side, length, windows,
			new Samples(ms[0]).median(), new Samples(ms[1]).median(), total, perWindow, telea, total / telea },
			perWindow <= WindowBenchmark.PROPOSE_TARGET_MS + WindowBenchmark.RENDER_TARGET_MS ? "PASS" : "FAIL");
	}
}
