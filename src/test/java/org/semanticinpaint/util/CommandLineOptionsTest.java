package org.semanticinpaint.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandLineOptionsTest {

	private static final Set<String> KNOWN = CommandLineOptions.names("out", "own-labels", "no-espa", "seed");

	@Test
	void valuesFlagsAndNegativeNumbers() {
		CommandLineOptions o = CommandLineOptions.parse(new String[] {"--out", "models/x", "--no-espa", "--seed", "-3"},
			KNOWN);
		assertEquals("models/x", o.get("out"));
		assertEquals("true", o.get("no-espa"));
		assertEquals("-3", o.get("seed"));
		assertEquals("0", o.get("own-labels", "0"));
		assertNull(o.get("own-labels"));
		assertFalse(o.helpRequested());
		assertEquals(List.of("out", "no-espa", "seed"), List.copyOf(o.asMap().keySet()));
	}

	@Test
	void misspeltOptionIsNamedWithTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> CommandLineOptions.parse(new String[] {"--own-label", "0.5"}, KNOWN));
		assertTrue(e.getMessage().startsWith("unknown option --own-label;"), e.getMessage());
		assertTrue(e.getMessage().contains("--own-labels"), e.getMessage());
	}

	@Test
	void strayArgumentsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> CommandLineOptions.parse(new String[] {"models/x"}, KNOWN));
		assertThrows(IllegalArgumentException.class, () -> CommandLineOptions.parse(new String[] {"--"}, KNOWN));
		assertThrows(IllegalArgumentException.class,
			() -> CommandLineOptions.parse(new String[] {"--seed", "1", "2"}, KNOWN));
	}

	@Test
	void helpIsRecognisedInEitherSpelling() {
		assertTrue(CommandLineOptions.parse(new String[] {"--help"}, KNOWN).helpRequested());
		assertTrue(CommandLineOptions.parse(new String[] {"--out", "x", "-h"}, KNOWN).helpRequested());
	}
}
