package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleLoader;
import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;

/**
 * End to end on a large image: propose + render + paste for 40-pixel disc holes spread over a synthetic 16-bit
 * {@code UnsignedShortType} ArrayImg (8-bit RGB for RGB bundles), with the peak memory of a run beyond what the
 * process held before it (image, mask and bundle already in memory, garbage collected). Each run is measured on
 * its own, so that the garbage of earlier runs does not add up. The mask covers the holes' bounding box, as the
 * plugin's mask from a selection does (HoleMasks): one hole gives a small mask, ten spread holes one nearly the
 * size of the image, as a mask image would be.
 * <p>
 * Each case runs in a fresh JVM by default: a JVM keeps the heap pages it once touched, so in one JVM every case
 * after the first would look cheaper than it is. The child prints one {@code RESULT} line.
 */
public final class ImageBenchmark {

	public static final int HOLE_DIAMETER = 40;
	public static final double MEMORY_TARGET_MB = 1536;
	static final String RESULT = "RESULT ";

	/** One image size and hole count. */
	public record Case(int side, int holes) {}

	/** Medians of the timed runs, each step's and the whole's on its own (not the sum of the steps' medians). */
	record MedianMs(double propose, double render, double paste, double total) {}

	/** Windows and median times of the timed runs, and the largest memory peak of any one run (warm-up included). */
	record Outcome(int windows, MedianMs ms, double imageMb, PeakMemory.Peak peak) {

		/** The values as the child JVM prints them, in the order {@link #of} reads them. */
		double[] values() {
			return new double[] { windows, ms.propose(), ms.render(), ms.paste(), ms.total(), imageMb, peak.heapMb(),
				peak.rssMb(), peak.processPeakMb() };
		}

		static Outcome of(double[] v) {
			return new Outcome((int) v[0], new MedianMs(v[1], v[2], v[3], v[4]), v[5],
				new PeakMemory.Peak(v[6], v[7], v[8]));
		}
	}

	private ImageBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("End to end on a large image (propose + render + paste; mask: the holes' bounding box)",
			"bundle: image, holes",
			List.of("side px", "holes", "windows", "propose ms", "render ms", "paste ms", "total ms", "ms per window",
				"image MB", "heap beyond MB", "RSS beyond MB", "process RSS peak MB"),
			new int[] { 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0 }, List.of("beyond < 1.5 GB"));
	}

	/**
	 * Adds one row per case; a case that fails gets a row of n/a and a note, and the others still run.
	 *
	 * @param inProcess the loaded bundle to use when not forking (null to fork a JVM per case)
	 */
	public static void run(Path dir, ModelBundle inProcess, List<Case> cases, int runs, int warmup, int threads,
		BenchTable table, List<String> notes) throws BundleException
	{
		ModelCard card = inProcess != null ? inProcess.card() : BundleLoader.readCard(dir);
		for (Case k : cases) {
			String label = String.format(Locale.ROOT, "%s: %d x %d %s, %d hole%s", card.name, k.side(), k.side(),
				card.channels == 3 ? "8-bit RGB" : "16-bit", k.holes(), k.holes() == 1 ? "" : "s");
			Outcome o;
			try {
				o = inProcess != null ? measure(inProcess, k, runs, warmup, threads) : fork(dir, k, runs, warmup, threads);
			}
			catch (Exception | OutOfMemoryError e) {
				e.printStackTrace();
				notes.add(label + " failed: " + BenchReport.oneLine(e));
				double[] v = new double[table.numbers().columns().size()];
				Arrays.fill(v, Double.NaN);
				v[0] = k.side();
				v[1] = k.holes();
				table.addRow(label, v, "error");
				continue;
			}
			MedianMs ms = o.ms();
			double[] v = { k.side(), k.holes(), o.windows(), ms.propose(), ms.render(), ms.paste(), ms.total(),
				ms.total() / o.windows(), o.imageMb(), o.peak().heapMb(), o.peak().rssMb(), o.peak().processPeakMb() };
			table.addRow(label, v, verdict(o.peak()));
		}
	}

	/** PASS when both the heap and the resident set grew by less than the target (RSS only where /proc has it). */
	static String verdict(PeakMemory.Peak p) {
		double beyond = Double.isNaN(p.rssMb()) ? p.heapMb() : Math.max(p.heapMb(), p.rssMb());
		return Double.isNaN(beyond) ? "n/a" : beyond < MEMORY_TARGET_MB ? "PASS" : "FAIL";
	}

	/** Child JVM: {@code bundleDir side holes runs warmup threads}; prints {@link #RESULT} and the values. */
	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		Case k = new Case(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
		int threads = Integer.parseInt(args[5]);
		try (ModelBundle b = BundleLoader.load(dir, threads)) {
			Outcome o = measure(b, k, Integer.parseInt(args[3]), Integer.parseInt(args[4]), threads);
			StringBuilder sb = new StringBuilder(RESULT);
			for (double v : o.values()) sb.append(v).append(' ');
			System.out.println(sb.toString().trim());
		}
	}

	static Outcome measure(ModelBundle bundle, Case k, int runs, int warmup, int threads) throws InpaintException {
		boolean rgb = bundle.card().channels == 3;
		double imageMb = (double) k.side() * k.side() * (rgb ? 3 : 2) / 1024 / 1024;
		RandomAccessibleInterval<UnsignedByteType> mask = boundingBox(Synthetic.discs(k.side(), k.side(), k.holes(),
			HOLE_DIAMETER, 4));
		// not closed: the engine would close the bundle, which belongs to the caller
		InpaintEngine engine = new InpaintEngine(bundle, EngineSettings.defaults().withThreads(threads));
		if (rgb) return timed(engine, Synthetic.rgb8(k.side(), k.side(), 3), mask, runs, warmup, imageMb);
		return timed(engine, Synthetic.gray16(k.side(), k.side(), 3), mask, runs, warmup, imageMb);
	}

	private static <T extends RealType<T>> Outcome timed(InpaintEngine engine, RandomAccessibleInterval<T> image,
		RandomAccessibleInterval<UnsignedByteType> mask, int runs, int warmup, double imageMb) throws InpaintException
	{
		double[][] ms = new double[4][runs];
		int windows = 0;
		PeakMemory.Peak peak = null;
		for (int r = -warmup; r < runs; r++) {
			PeakMemory memory = PeakMemory.start();
			EndToEnd e = EndToEnd.run(engine, image, mask);
			peak = memory.stop().max(peak);
			windows = e.windows();
			if (r < 0) continue;
			ms[0][r] = e.proposeMs();
			ms[1][r] = e.renderMs();
			ms[2][r] = e.pasteMs();
			ms[3][r] = e.totalMs();
		}
		return new Outcome(windows, new MedianMs(median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3])), imageMb,
			peak);
	}

	/** The part of the mask that holds its non-zero pixels, in image coordinates (a view, not a copy). */
	static RandomAccessibleInterval<UnsignedByteType> boundingBox(ArrayImg<UnsignedByteType, ByteArray> mask) {
		byte[] m = mask.update(null).getCurrentStorageArray();
		int w = (int) mask.dimension(0);
		long[] min = { Long.MAX_VALUE, Long.MAX_VALUE }, max = { -1, -1 };
		for (int i = 0; i < m.length; i++)
			if (m[i] != 0) {
				min[0] = Math.min(min[0], i % w);
				min[1] = Math.min(min[1], i / w);
				max[0] = Math.max(max[0], i % w);
				max[1] = Math.max(max[1], i / w);
			}
		if (max[0] < 0) throw new IllegalArgumentException("the mask has no hole");
		return Views.interval(mask, min, max);
	}

	private static double median(double[] v) {
		return new Samples(v).median();
	}

	/** Runs one case in a fresh JVM with this JVM's class path and memory settings. */
	static Outcome fork(Path dir, Case k, int runs, int warmup, int threads) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
			if (a.startsWith("-Xm") || a.startsWith("-Xs") || a.startsWith("-XX:") || a.startsWith("-D")) cmd.add(a);
		cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ImageBenchmark.class.getName(),
			dir.toAbsolutePath().toString(), "" + k.side(), "" + k.holes(), "" + runs, "" + warmup, "" + threads));
		Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = proc.waitFor();
		String[] lines = output.split("\n");
		for (int i = lines.length - 1; i >= 0; i--)
			if (exit == 0 && lines[i].startsWith(RESULT))
				return Outcome.of(Arrays.stream(lines[i].substring(RESULT.length()).trim().split(" "))
					.mapToDouble(Double::parseDouble).toArray());
		throw new IOException("the benchmark JVM for " + k + " failed (exit " + exit + "):\n" + tail(lines, 30));
	}

	private static String tail(String[] lines, int n) {
		return String.join("\n", Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
	}
}
