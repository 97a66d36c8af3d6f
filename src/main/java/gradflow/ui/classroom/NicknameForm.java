package gradflow.ui.classroom;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.Classroom;
import gradflow.classroom.Joined;
import gradflow.ui.i18n.RefusalText;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Joining a class: a nickname, no account and no e-mail. The service's answer to a name that is too
 * long, has markup, or is taken shows under the field, in the page's language.
 */
final class NicknameForm extends Div {
  NicknameForm(Classroom c, Function<String, Joined> join, Consumer<Joined> joined) {
    setId("join-form");
    addClassName("gf-class-form");
    var heading = new H1(ClassText.t("class.join.heading", c.title()));
    var intro = new Paragraph(ClassText.t("class.join.intro"));
    var nickname = new TextField(ClassText.t("class.join.nickname"));
    nickname.setId("nickname");
    nickname.setHelperText(ClassText.t("class.join.nicknameHelp"));
    nickname.setAutofocus(true);
    var go = new Button(ClassText.t("class.join.button"));
    go.setId("join");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    go.addClickShortcut(Key.ENTER);
    go.addClickListener(
        e -> {
          try {
            joined.accept(join.apply(nickname.getValue()));
          } catch (ClassRefusedException refused) {
            nickname.setErrorMessage(RefusalText.of(refused));
            nickname.setInvalid(true);
          }
        });
    add(heading, intro, nickname, go);
  }
}
