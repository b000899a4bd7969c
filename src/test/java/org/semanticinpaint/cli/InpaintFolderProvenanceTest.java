package org.semanticinpaint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.image.RecordChecks;

/**
 * A command-line result says what was inpainted, and how: reopened in ImageJ, its overlay outlines exactly the
 * filled pixels and its Info names the model and the labels; with {@code --write-masks}, its mask and labels
 * and the recorded seed reproduce it bit for bit.
 */
class InpaintFolderProvenanceTest {

	@TempDir
	Path tmp;

	@Test
	void theResultRecordsItsFillAndItsMasksReproduceIt() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), masks = Files.createDirectories(tmp.resolve("masks"));
		ImagePlus a = TestImages.micrograph8();
		new FileSaver(a).saveAsTiff(in.resolve("a.tif").toString());
		ByteProcessor hole = twoHoles(a.getWidth(), a.getHeight());
		new FileSaver(new ImagePlus("a", hole)).saveAsTiff(masks.resolve("a.tif").toString());
		Path out = tmp.resolve("out");
		int code = InpaintFolder.run(InpaintFolder.options(args("--input", in, "--output", out, "--masks", masks,
			"--seed", "7", "--write-masks", "true")), EngineSettings.defaults(), TestModel.gray().toString());
		assertEquals(0, code);

		ImagePlus result = IJ.openImage(out.resolve("a.tif").toString());
		RecordChecks.assertOutlinesExactly(result, hole);
		String model = EngineCache.get(TestModel.gray()).card().name;
		RecordChecks.assertInfoSays(result, "Inpainting model: " + model + ", checksum SHA-256:",
			"Inpainting labels: proposed", "seed 7", "Inpainted plane 1: " + count(hole) + " pixels in 2 region(s)",
			"Inpainting hole: mask image 'a.tif'", "Inpainting date: 20");
		ImagePlus writtenMask = IJ.openImage(out.resolve("masks/a.tif").toString());
		assertArrayEquals((byte[]) hole.getPixels(), (byte[]) writtenMask.getProcessor().getPixels(),
			"the written mask is the filled pixels, 255");
		assertTrue(Files.isRegularFile(out.resolve("labels/a.tif")));

		// the written mask, labels and the recorded seed give the same result, bit for bit
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		Path again = tmp.resolve("again");
		FolderJob.run(engine, InpaintFolder.options(args("--input", in, "--output", again, "--masks", out.resolve(
			"masks"), "--labels", out.resolve("labels"), "--seed", "7")), Progress.NONE);
		ImagePlus rerun = IJ.openImage(again.resolve("a.tif").toString());
		assertArrayEquals((byte[]) result.getProcessor().getPixels(), (byte[]) rerun.getProcessor().getPixels(),
			"bit for bit");
		RecordChecks.assertInfoSays(rerun, "Inpainting labels: from the label image 'a.tif'", "seed 7");
		// and the seed is what it says: another one gives another texture
		Path other = tmp.resolve("other");
		FolderJob.run(engine, InpaintFolder.options(args("--input", in, "--output", other, "--masks", out.resolve(
			"masks"), "--labels", out.resolve("labels"), "--seed", "8")), Progress.NONE);
		assertFalse(Arrays.equals((byte[]) result.getProcessor().getPixels(), (byte[]) IJ.openImage(other.resolve(
			"a.tif").toString()).getProcessor().getPixels()), "seed 8 differs from seed 7");
	}

	/** Masks are never written over what a run reads: the output's masks folder given as --masks is refused. */
	@Test
	void writtenMasksNeverReplaceTheMasksRead() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), out = tmp.resolve("out");
		Path masks = Files.createDirectories(out.resolve(FolderJob.MASKS));
		FolderJob.Options o = InpaintFolder.options(args("--input", in, "--output", out, "--masks", masks,
			"--write-masks", "true"));
		assertThrows(InpaintException.class, () -> FolderJob.checkFolders(o));
		assertThrows(IllegalArgumentException.class, () -> InpaintFolder.options(args("--input", in, "--output",
			out, "--seed", "x")));
	}

	@Test
	void theUsageListsTheNewOptions() {
		assertTrue(InpaintFolder.USAGE.contains("--seed") && InpaintFolder.USAGE.contains("--write-masks"));
	}

	static ByteProcessor twoHoles(int w, int h) {
		ByteProcessor m = new ByteProcessor(w, h);
		m.setValue(255);
		m.fill(new OvalRoi(40, 50, 34, 26));
		m.fill(new Roi(150, 120, 18, 40));
		return m;
	}

	static int count(ByteProcessor m) {
		int n = 0;
		for (int i = 0; i < m.getPixelCount(); i++) if (m.get(i) != 0) n++;
		return n;
	}

	/** {@code --key value} pairs as the parser gives them. */
	private static Map<String, String> args(Object... kv) {
		Map<String, String> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) m.put(((String) kv[i]).substring(2), kv[i + 1].toString());
		return m;
	}
}
