package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class AlineaCommandTest {

    @Test
    void eachSubcommandIsListedUnderItsOwnName() {
        AlineaCommand.SUBCOMMANDS.forEach((name, command) -> assertThat(new CommandLine(command.get()).getCommandName()).isEqualTo(name));
    }

    @Test
    void helpListsEverySubcommand() {
        String help = Commands.run("help");

        assertThat(AlineaCommand.SUBCOMMANDS.keySet()).allSatisfy(name -> assertThat(help).contains("  " + name + " "));
    }

    @Test
    void aSubcommandsUsageNamesTheTopCommand() {
        assertThat(Commands.run("align-sentences", "--help")).startsWith("Usage: alinea align-sentences ");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Commands.Result result = Commands.execute("align-sentence", "a", "b");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("align-sentence").contains("align-sentences");
    }
}
