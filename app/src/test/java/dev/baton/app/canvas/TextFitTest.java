// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Node names measured with the real font: whole when they fit, a little smaller when nearly, else cut. */
@ExtendWith(ApplicationExtension.class)
class TextFitTest {
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 13);

    @Test
    void aNameAFewPixelsTooLongIsWrittenWholeInASlightlySmallerFont() {
        // The start node of the silent-overwrite sample: 180 wide leaves 122 for a name 127 wide in bold 13.
        TextFit.Fitted fitted = onFx(() -> TextFit.fitOrShrink("Customer update", BOLD, 122));
        assertThat(onFx(() -> TextFit.width("Customer update", BOLD))).isGreaterThan(122);

        assertThat(fitted.text()).isEqualTo("Customer update");
        assertThat(fitted.font().getSize()).isLessThan(13).isGreaterThanOrEqualTo(13 * TextFit.MAX_SHRINK);
        assertThat(fitted.font().getName()).isEqualTo(BOLD.getName());
        assertThat(onFx(() -> TextFit.width("Customer update", fitted.font()))).isLessThanOrEqualTo(122);
    }

    @Test
    void aNameThatFitsKeepsItsFontAndAMuchLongerOneIsCutAtFullSize() {
        assertThat(onFx(() -> TextFit.fitOrShrink("Triage", BOLD, 122))).isEqualTo(new TextFit.Fitted("Triage", BOLD));

        TextFit.Fitted cut = onFx(() -> TextFit.fitOrShrink("Customer update and address enrichment", BOLD, 122));
        assertThat(cut.font()).isEqualTo(BOLD);
        assertThat(cut.text()).startsWith("Customer").endsWith("\u2026");
        assertThat(onFx(() -> TextFit.width(cut.text(), BOLD))).isLessThanOrEqualTo(122);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
