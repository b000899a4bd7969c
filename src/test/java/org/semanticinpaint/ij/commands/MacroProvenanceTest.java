package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.Shard;
import org.semanticinpaint.ij.image.RecordChecks;

/**
 * A macro's result, saved and reopened, records its fill (overlay and Info), and the macro and the folder run
 * (the command line's code) give the same pixels for the same image, mask, labels, model and seed.
 */
class MacroProvenanceTest {

	@TempDir
	static Path tmp;
	static String model;

	@BeforeAll
	static void setUp() throws Exception {
		model = TestModel.gray().toString();
		HeadlessMenus.installForMacros();
	}

	@AfterAll
	static void tearDown() {
		HeadlessMenus.batchModeOff();
	}

	@Test
	void aMacroResultRecordsItsFillAndEqualsTheFolderRuns() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in")), masks = Files.createDirectories(tmp.resolve("masks"));
		ImagePlus a = TestImages.micrograph8();
		new FileSaver(a).saveAsTiff(in.resolve("m.tif").toString());
		ByteProcessor hole = new ByteProcessor(a.getWidth(), a.getHeight());
		hole.setValue(255);
		hole.fill(new OvalRoi(40, 50, 34, 26));
		hole.fill(new Roi(150, 120, 18, 40));
		new FileSaver(new ImagePlus("hole", hole)).saveAsTiff(masks.resolve("m.tif").toString());

		// the folder run, as the command line does it, with its masks and labels written
		Path out = tmp.resolve("out");
		FolderJob.run(EngineCache.get(TestModel.gray()), new FolderJob.Options(new FolderJob.Folders(in, out,
			masks, null), new FolderJob.Fill(null, InpaintJob.Planes.ALL, new InpaintJob.TextureChoice(
				org.semanticinpaint.engine.Texture.FROM_IMAGE, 5L)), false, Shard.ALL, true), Progress.NONE);
		byte[] folder = (byte[]) IJ.openImage(out.resolve("m.tif").toString()).getProcessor().getPixels();

		// the macro with the same mask and seed, and again with the labels the folder run wrote
		Path proposed = tmp.resolve("proposed.tif"), labelled = tmp.resolve("labelled.tif");
		String run = "open('%s'); open('%s'); rename('hole'); %s selectImage('m.tif');" +
			"run('Inpaint...', 'model=[" + model + "] mask=hole labels=%s planes=[current plane] output=[new image] " +
			"seed=5'); saveAs('Tiff', '%s');";
		HeadlessCommandsTest.macro(String.format(run, in.resolve("m.tif"), masks.resolve("m.tif"), "", "proposed",
			proposed));
		HeadlessCommandsTest.macro(String.format(run, in.resolve("m.tif"), masks.resolve("m.tif"), "open('" +
			out.resolve("labels/m.tif") + "'); rename('guide');", "guide", labelled));

		ImagePlus fromMacro = IJ.openImage(proposed.toString());
		RecordChecks.assertOutlinesExactly(fromMacro, hole);
		RecordChecks.assertInfoSays(fromMacro, "Inpainting model: " + EngineCache.get(TestModel.gray()).card().name,
			"Inpainting labels: proposed", "seed 5", "Inpainting hole: mask image 'hole'");
		assertArrayEquals(folder, (byte[]) fromMacro.getProcessor().getPixels(), "macro = folder run, bit for bit");
		ImagePlus fromLabels = IJ.openImage(labelled.toString());
		RecordChecks.assertInfoSays(fromLabels, "Inpainting labels: from the label image 'guide'");
		assertArrayEquals(folder, (byte[]) fromLabels.getProcessor().getPixels(),
			"the written labels reproduce the fill in a macro too");
		assertTrue(RecordChecks.outlines(a).isEmpty(), "the input has no record");
	}
}
