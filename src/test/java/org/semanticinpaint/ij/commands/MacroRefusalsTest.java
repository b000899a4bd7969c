package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.Roi;
import ij.plugin.PlugIn;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.ij.TestImages;
import org.semanticinpaint.ij.TestModel;

/**
 * The plugins run as a macro runs them (options on the thread, the image current): a value that only starts like
 * a choice, or a misspelt key, gives one message and leaves the original as it was.
 */
class MacroRefusalsTest {

	@Test
	void inexactValuesAndMisspeltKeysChangeNothing() throws Exception {
		String m = "[" + TestModel.gray() + "]";
		String[][] cases = {
			{ "model=" + m + " mask=selection labels=proposed planes=[current plane] output=[invalid]",
				"output must be 'new image' or 'in place', not 'invalid'." },
			{ "model=" + m + " mask=selection planes=[current plane] output=[into a new window]",
				"output must be 'new image' or 'in place', not 'into a new window'." },
			{ "model=" + m + " mask=selection planes=[allow nothing] output=[in place]",
				"planes must be 'current plane' or 'all planes', not 'allow nothing'." },
			{ "modle=" + m + " mask=selection output=[in place]",
				"Inpaint: unknown macro key 'modle'. The keys are model, model_folder, mask, labels, planes, output, " +
					"texture, seed." },
			{ "model=" + m + " mask=selection output=[in place] texture=[from imag]",
				"texture must be 'from image' or 'none', not 'from imag'." },
		};
		for (String[] c : cases) {
			ImagePlus imp = TestImages.micrograph8();
			imp.setRoi(new Roi(100, 100, 30, 30));
			byte[] before = ((byte[]) imp.getProcessor().getPixels()).clone();
			String log = run(new InpaintPlugin(), imp, c[0]);
			assertTrue(log.contains("Semantic Inpainting: " + c[1]), c[0] + " -> " + log);
			assertEquals(1, count(log, "Semantic Inpainting:"), "one message: " + log);
			assertFalse(log.contains("Exception"), log);
			assertArrayEquals(before, (byte[]) imp.getProcessor().getPixels(), "the original is unchanged: " + c[0]);
		}
	}

	@Test
	void proposeAndFolderRefuseMisspeltKeys() throws Exception {
		ImagePlus imp = TestImages.micrograph8();
		imp.setRoi(new Roi(100, 100, 30, 30));
		String log = run(new ProposePlugin(), imp, "modle=[" + TestModel.gray() + "] mask=selection");
		assertTrue(log.contains("Propose: unknown macro key 'modle'"), log);
		log = run(new BatchInpaintPlugin(), imp, "input=[/nonexistent/in] output=[/nonexistent/out] overwrite=true");
		assertTrue(log.contains("'overwrite' is a checkbox"), log);
	}

	/** On a thread named like ImageJ's macro threads, the only ones {@link Macro#getOptions} answers on. */
	private static String run(PlugIn plugin, ImagePlus imp, String options) throws InterruptedException {
		PrintStream old = System.out;
		ByteArrayOutputStream buf = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buf, true));
		Thread t = new Thread(() -> {
			WindowManager.setTempCurrentImage(imp);
			Macro.setOptions(Thread.currentThread(), options);
			try {
				plugin.run("");
			}
			finally {
				Macro.setOptions(Thread.currentThread(), null);
				WindowManager.setTempCurrentImage(null);
			}
		}, "Run$_macro-test");
		try {
			t.start();
			t.join();
		}
		finally {
			System.setOut(old);
		}
		return buf.toString();
	}

	private static int count(String s, String part) {
		int n = 0;
		for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
		return n;
	}
}
