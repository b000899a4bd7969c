package org.semanticinpaint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.TestModel;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.FolderJobTest;
import org.semanticinpaint.ij.batch.FolderReport;

/**
 * The command line in a JVM of its own, killed: {@code kill -9} mid-run and a rerun leave every output complete
 * (the same size as an undisturbed run's) and no partial file; SIGTERM stops after the current image with the
 * summary and exit code 3.
 */
class InpaintFolderKillTest {

	static final int IMAGES = 20;

	@TempDir
	Path tmp;
	Path in;

	@BeforeEach
	void images() throws Exception {
		in = Files.createDirectories(tmp.resolve("in"));
		for (int i = 0; i < IMAGES; i++) FolderJobTest.save(FolderJobTest.deadTile(), in.resolve("m" + i + ".tif"));
	}

	@Test
	void killedMidRunThenRerunEndsWithEveryOutputComplete() throws Exception {
		Path out = tmp.resolve("out"), reference = tmp.resolve("reference");
		Process p = start(out);
		boolean partSeen = waitForWriting(out, p);
		p.destroyForcibly(); // SIGKILL: no hook, no summary
		p.waitFor(30, TimeUnit.SECONDS);
		int before = outputs(out).size();
		System.out.println("killed with " + before + " output(s) done; a .part file was open: " + partSeen);
		assertTrue(before < IMAGES, "killed before the end");
		Process again = start(out);
		assertTrue(again.waitFor(120, TimeUnit.SECONDS));
		assertEquals(FolderReport.ALL_DONE, again.exitValue(), Files.readString(stdoutOf(out)));
		FolderReport ref = FolderJob.run(EngineCache.get(TestModel.gray()), FolderJobTest.options(in, reference, 0.0,
			false, org.semanticinpaint.ij.batch.Shard.ALL), Progress.NONE);
		assertEquals(IMAGES, ref.done.size());
		assertEquals(FolderJobTest.names(reference), FolderJobTest.names(out), "every output, no .part file");
		for (String n : FolderJobTest.names(out)) {
			assertEquals(Files.size(reference.resolve(n)), Files.size(out.resolve(n)), n + " is complete");
			ImagePlus imp = IJ.openImage(out.resolve(n).toString());
			assertEquals(256, imp.getHeight(), n);
		}
	}

	@Test
	void sigtermStopsAfterTheCurrentImageWithTheSummaryAndExitCodeThree() throws Exception {
		Path out = tmp.resolve("out");
		Process p = start(out);
		waitForWriting(out, p);
		p.destroy(); // SIGTERM, as a scheduler's time limit sends it
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		String stdout = Files.readString(stdoutOf(out)); // destroy() closes the pipes: the summary went to a file
		System.out.println("SIGTERM: exit code " + p.exitValue() + "; " + stdout.lines().findFirst().orElse(""));
		assertEquals(FolderReport.STOPPED, p.exitValue(), stdout);
		assertTrue(stdout.contains("stopped") && stdout.contains("not processed"), stdout);
		List<String> names = FolderJobTest.names(out);
		assertTrue(names.stream().allMatch(n -> n.endsWith(".tif") && !n.startsWith(".")), names.toString());
	}

	/** Waits until an output exists; true when a .part file was being written at that moment. */
	private static boolean waitForWriting(Path out, Process p) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < end && p.isAlive()) {
			if (Files.isDirectory(out)) {
				List<String> names = FolderJobTest.names(out);
				boolean part = names.stream().anyMatch(n -> n.endsWith(".part"));
				if (outputs(out).size() >= 2 && part) return true;
			}
			Thread.sleep(1);
		}
		throw new AssertionError("the run wrote nothing in time");
	}

	private static List<String> outputs(Path out) throws Exception {
		return FolderJobTest.names(out).stream().filter(n -> n.endsWith(".tif")).toList();
	}

	private Process start(Path out) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
			InpaintFolder.class.getName(), "--input", in.toString(), "--output", out.toString(), "--hole-value", "0",
			"--model", TestModel.gray().toString(), "--threads", "1"));
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(new File(tmp.toFile(), "stderr-" + System.nanoTime()))
			.redirectOutput(stdoutOf(out).toFile());
		return pb.start();
	}

	private Path stdoutOf(Path out) {
		return tmp.resolve(out.getFileName() + ".stdout");
	}
}
