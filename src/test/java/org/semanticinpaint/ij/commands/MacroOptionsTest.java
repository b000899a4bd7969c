package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.InpaintJob;

/** Macro options: every key is listed, values are exact, nothing is prefix-matched. */
class MacroOptionsTest {

	@Test
	void parsesValuesBracketsAndBareFlags() {
		Map<String, String> m = MacroOptions.parse("input=/data/in output=[/data/my out] masks=[] overwrite " +
			"hole_value=0 texture=[from image] ");
		assertEquals(List.of("input", "output", "masks", "overwrite", "hole_value", "texture"), List.copyOf(m.keySet()));
		assertEquals("/data/in", m.get("input"));
		assertEquals("/data/my out", m.get("output"));
		assertEquals("", m.get("masks"));
		assertNull(m.get("overwrite"));
		assertEquals("from image", m.get("texture"));
	}

	@Test
	void aBracketedValueMayHoldWhatLooksLikeKeys() {
		Map<String, String> m = MacroOptions.parse("model=[a b=c overwrite] planes=[all planes]");
		assertEquals(List.of("model", "planes"), List.copyOf(m.keySet()));
		assertFalse(MacroArgs.of("model=[a b=c overwrite]").flag("overwrite"));
	}

	@Test
	void unknownKeysAreRefusedNamingTheAllowedOnes() {
		String m = assertThrows(InpaintException.class, () -> MacroArgs.of("modle=em-nanoparticles mask=selection")
			.check("Propose", ProposePlugin.KEYS, List.of())).getMessage();
		assertEquals("Propose: unknown macro key 'modle'. The keys are model, model_folder, mask.", m);
		assertThrows(InpaintException.class, () -> MacroArgs.of("output=[new image] stray").check("Render",
			RenderPlugin.KEYS, List.of()));
	}

	@Test
	void checkboxesAreBareAndValuedKeysAreNot() throws Exception {
		MacroArgs ok = MacroArgs.of("input=[a] output=[b] overwrite");
		ok.check("Inpaint Folder", BatchInpaintPlugin.KEYS, BatchInpaintPlugin.FLAGS);
		assertTrue(ok.flag("overwrite"));
		String m = assertThrows(InpaintException.class, () -> MacroArgs.of("input=[a] output=[b] overwrite=false")
			.check("Inpaint Folder", BatchInpaintPlugin.KEYS, BatchInpaintPlugin.FLAGS)).getMessage();
		assertTrue(m.contains("'overwrite' is a checkbox"), m);
		assertTrue(assertThrows(InpaintException.class, () -> MacroArgs.of("input output=[b]").check("Inpaint Folder",
			BatchInpaintPlugin.KEYS, BatchInpaintPlugin.FLAGS)).getMessage().contains("'input' needs a value"));
	}

	@Test
	void choicesAreExact() throws Exception {
		assertEquals(InpaintJob.Output.IN_PLACE, InpaintPlugin.output("in place"));
		assertEquals(InpaintJob.Planes.ALL, InpaintPlugin.planes("all planes"));
		for (String bad : new String[] { "invalid", "into a new window", "in", "new", "In place", "in place " })
			assertEquals("output must be 'new image' or 'in place', not '" + bad + "'.", assertThrows(
				InpaintException.class, () -> InpaintPlugin.output(bad)).getMessage());
		for (String bad : new String[] { "allow nothing", "all", "current" })
			assertThrows(InpaintException.class, () -> InpaintPlugin.planes(bad));
	}

	@Test
	void aModelFolderAloneIsTheModel() {
		assertEquals("/some/bundle", ModelField.read(MacroArgs.of("model_folder=[/some/bundle]")));
		assertEquals("/b", ModelField.read(MacroArgs.of("model=[Bundle folder (below)] model_folder=/b")));
		assertEquals("em-nanoparticles", ModelField.read(MacroArgs.of("model=em-nanoparticles model_folder=[]")));
	}
}
