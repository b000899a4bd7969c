package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.semanticinpaint.bundle.ModelBundle;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.FolderReport;

/**
 * Batch throughput as a user gets it: {@link FolderJob} (open, find the mask, inpaint, write the TIFF whole) over
 * a temporary folder of seeded {@value ThroughputFolder#SIDE} x {@value ThroughputFolder#SIDE} images with one
 * {@value ThroughputFolder#HOLE} x {@value ThroughputFolder#HOLE} hole each, with and without the texture stage,
 * against OpenCV Telea reading and writing the same files ({@link TeleaFolder}). Each method first does one
 * untimed image (graph optimisation and JIT happen on first calls, not per image of a batch), then
 * {@value #ROUNDS} timed batches in turns with the others.
 */
public final class ThroughputBenchmark {

	/** Timed batches per method; the median is reported. */
	public static final int ROUNDS = 3;

	private ThroughputBenchmark() {}

	public static BenchTable table() {
		return new BenchTable("Batch throughput (" + ThroughputFolder.SIDE + " x " + ThroughputFolder.SIDE +
			" images, one " + ThroughputFolder.HOLE + " x " + ThroughputFolder.HOLE + " hole each, read + inpaint + " +
			"write TIFF)", "bundle: method", List.of("images", "seconds", "images/s", "cores", "images/s per core",
				"CPU s", "x Telea"), new int[] { 0, 2, 2, 0, 2, 1, 1 }, List.of());
	}

	/** A batch method over a folder: returns how many images it wrote. */
	private interface Method {
		int run(Path images, Path masks, Path output) throws Exception;
	}

	public static void run(ModelBundle bundle, EngineSettings settings, int images, BenchTable table) throws Exception {
		Path root = Files.createTempDirectory("throughput");
		try {
			int c = bundle.card().channels;
			ThroughputFolder warm = ThroughputFolder.write(root.resolve("warm"), 1, c, 100);
			ThroughputFolder timed = ThroughputFolder.write(root.resolve("timed"), images, c, 1);
			// not closed: the engine would close the bundle, which belongs to the caller
			InpaintEngine engine = new InpaintEngine(bundle, settings);
			int cores = settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
			String name = bundle.card().name;
			List<Method> methods = List.of(TeleaFolder::run, (in, m, out) -> folder(engine, in, m, out,
				Texture.FROM_IMAGE), (in, m, out) -> folder(engine, in, m, out, Texture.NONE));
			List<Run> runs = time(methods, warm, timed, root.resolve("out"));
			Run t = runs.get(0), tx = runs.get(1), pl = runs.get(2);
			row(table, name + ": engine, texture (default)", tx, cores, t);
			row(table, name + ": engine, no texture", pl, cores, t);
			// OpenCV's fast marching runs on one thread, and so do ImageJ's reading and writing
			row(table, name + ": OpenCV Telea", t, 1, t);
		}
		finally {
			delete(root);
		}
	}

	/** Inpaint Folder's own code path, with the masks folder and TIFF outputs; anything skipped spoils the number. */
	static int folder(InpaintEngine engine, Path in, Path masks, Path out, Texture texture) throws InpaintException {
		FolderJob.Fill fill = new FolderJob.Fill(null, InpaintJob.Planes.ALL, new InpaintJob.TextureChoice(texture,
			null));
		FolderReport r = FolderJob.run(engine, new FolderJob.Options(new FolderJob.Folders(in, out, masks, null), fill),
			Progress.NONE);
		if (!r.skipped.isEmpty() || !r.kept.isEmpty()) throw new IllegalStateException("the batch did not write " +
			"every image:\n" + r.summary());
		return r.done.size();
	}

	/** Wall and process CPU time of one batch over the timed folder. */
	record Run(int images, double seconds, double cpuSeconds) {}

	/**
	 * Each method's median over {@link #ROUNDS} batches, taken in turns, so that a burst of load from another
	 * process hits all methods alike instead of one of them.
	 */
	private static List<Run> time(List<Method> methods, ThroughputFolder warm, ThroughputFolder timed, Path out)
		throws Exception
	{
		double[][] wall = new double[methods.size()][ROUNDS], cpu = new double[methods.size()][ROUNDS];
		int[] images = new int[methods.size()];
		for (int k = 0; k < methods.size(); k++) methods.get(k).run(warm.images, warm.masks, out.resolve("warm" + k));
		for (int round = 0; round < ROUNDS; round++)
			for (int k = 0; k < methods.size(); k++) {
				Path dir = out.resolve(round + "-" + k);
				double cpu0 = cpuSeconds();
				long t0 = System.nanoTime();
				images[k] = methods.get(k).run(timed.images, timed.masks, dir);
				wall[k][round] = (System.nanoTime() - t0) / 1e9;
				cpu[k][round] = cpuSeconds() - cpu0;
				delete(dir); // outside the timing; keeps the disk and page cache as small as one batch
			}
		List<Run> runs = new ArrayList<>();
		for (int k = 0; k < methods.size(); k++) {
			if (images[k] == 0) throw new IllegalStateException("no image was inpainted");
			runs.add(new Run(images[k], new Samples(wall[k]).median(), new Samples(cpu[k]).median()));
		}
		return runs;
	}

	private static void row(BenchTable table, String label, Run r, int cores, Run telea) {
		double perSecond = r.images() / r.seconds();
		table.addRow(label, new double[] { r.images(), r.seconds(), perSecond, cores, perSecond / cores, r.cpuSeconds(),
			r.seconds() / telea.seconds() });
	}

	/** CPU time of this whole process (every thread, TensorFlow's included), NaN where the JVM does not say. */
	static double cpuSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			long ns = os.getProcessCpuTime();
			return ns < 0 ? Double.NaN : ns / 1e9;
		}
		return Double.NaN;
	}

	private static void delete(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
		}
	}
}
