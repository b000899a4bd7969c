package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/** A folder run: masks by name, saved selections, hole values; what cannot be done is skipped with a reason. */
class FolderJobTest {

	@TempDir
	Path tmp;

	@Test
	void aMixedFolderRunsUnattended() throws Exception {
		InpaintEngine engine = EngineCache.get(TestModel.gray());
		Path in = Files.createDirectories(tmp.resolve("in")), masks = Files.createDirectories(tmp.resolve("masks"));
		ImagePlus a = TestImages.micrograph16();
		save(a, in.resolve("a.tif"));
		ByteProcessor m = new ByteProcessor(a.getWidth(), a.getHeight());
		m.setColor(255);
		m.fill(new OvalRoi(50, 50, 40, 30));
		save(new ImagePlus("a-mask", m), masks.resolve("a.png"));
		ImagePlus b = TestImages.micrograph8();
		b.setRoi(new OvalRoi(100, 100, 30, 30));
		save(b, in.resolve("b.tif")); // the selection is saved in the TIFF
		ImagePlus c = TestImages.micrograph16();
		c.getProcessor().setValue(0);
		c.getProcessor().fill(new ij.gui.Roi(10, 10, 20, 20)); // a dead tile
		save(c, in.resolve("c.tif"));
		ImagePlus d = TestImages.micrograph8();
		d.getProcessor().add(1); // no zero pixels, no selection, no mask: nothing to do
		save(d, in.resolve("d.tif"));
		Files.writeString(in.resolve("e.png"), "not an image");
		Path out = tmp.resolve("out");
		FolderReport r = FolderJob.run(engine, new FolderJob.Options(in, out, masks, 0.0, InpaintJob.Planes.ALL),
			Progress.NONE);
		System.out.print(r.summary());
		assertEquals(3, r.done.size(), r.summary());
		assertEquals(2, r.skipped.size(), r.summary());
		assertTrue(r.summary().contains("d.tif: no hole"), r.summary());
		assertTrue(r.summary().contains("e.png"), r.summary());
		ImagePlus outA = IJ.openImage(out.resolve("a.tif").toString());
		assertEquals(16, outA.getBitDepth());
		assertEquals(a.getCalibration().pixelWidth, outA.getCalibration().pixelWidth, 1e-9);
		assertEquals(a.getProcessor().get(0, 0), outA.getProcessor().get(0, 0));
		ImagePlus inA = IJ.openImage(in.resolve("a.tif").toString());
		assertArrayEquals((short[]) a.getProcessor().getPixels(), (short[]) inA.getProcessor().getPixels(),
			"inputs are never written");
		ImagePlus outC = IJ.openImage(out.resolve("c.tif").toString());
		assertTrue(outC.getProcessor().get(20, 20) > 0, "the dead tile was filled");
	}

	@Test
	void theOutputMustNotBeTheInput() {
		InpaintException e = assertThrows(InpaintException.class, () -> FolderJob.run(EngineCache.get(TestModel.gray()),
			new FolderJob.Options(tmp, tmp, null, 0.0, InpaintJob.Planes.ALL), Progress.NONE));
		assertTrue(e.getMessage().contains("never overwritten"), e.getMessage());
	}

	static void save(ImagePlus imp, Path p) {
		FileSaver s = new FileSaver(imp);
		assertTrue(p.toString().endsWith(".png") ? s.saveAsPng(p.toString()) : s.saveAsTiff(p.toString()));
	}
}
