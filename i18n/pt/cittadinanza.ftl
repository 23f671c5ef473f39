# Cittadinanza — interface em português do Brasil (Brazilian Portuguese interface).
# Texts machine-assisted: corrections by native speakers are welcome (see README, "Languages").
# Other areas (validation, codice fiscale, store, pdf, portal, rules) append their blocks at
# the end between `# --- <area> ---` and `# --- end <area> ---`.

## Application
app-title = Cittadinanza
app-subtitle = Pedido de cidadania italiana
app-opening = Abrindo a pasta de dados…
app-notice-dismiss = Entendi
app-closing-waiting = A janela fecha assim que todos os pedidos e todos os arquivos estiverem salvos.
app-close-anyway = Fechar mesmo assim (as alterações não salvas se perdem)
error-internal = Ocorreu um erro interno. Os dados já salvos não foram alterados.
settings-save-failed = Não foi possível salvar as configurações: { $detail }
common-cancel = Cancelar

## Navigation
nav-applicants = Requerentes
nav-home = Meu pedido
nav-application = Pedido
nav-settings = Configurações
nav-welcome = Boas-vindas e guia
welcome-title = Bem-vindo ao Cittadinanza
welcome-intro = Este aplicativo ajuda estrangeiros que vivem na Itália a preparar o pedido de cidadania italiana para o portal do Ministério do Interior (Ministero dell'Interno) e ajuda os balcões de atendimento (patronatos, associações, prefeituras) que apoiam os requerentes.
welcome-private = Tudo fica neste computador, criptografado. Nada é enviado até você entrar no portal.
welcome-paths = Os dois caminhos
welcome-path-residence = Por residência (art. 9): após um período de residência legal na Itália, em regra 10 anos (4 para cidadãos da União Europeia, 5 para refugiados e apátridas), com renda suficiente nos últimos três anos.
welcome-path-marriage = Por casamento (art. 5): se você é casado ou tem união civil com um cidadão italiano, após 2 anos de residência na Itália desde o casamento (3 se vocês moram no exterior), reduzidos à metade se vocês têm filhos.
welcome-at-hand = O que ter em mãos
welcome-have-identity = passaporte ou documento de identidade, autorização de residência (permesso di soggiorno) e código fiscal (codice fiscale)
welcome-have-birth = certidão de nascimento (atto di nascita) legalizada (ou apostilada) e traduzida
welcome-have-record = certidão de antecedentes criminais (certificato penale) do país de origem e de qualquer outro país onde você viveu desde os 14 anos (válida por 6 meses a partir da emissão)
welcome-have-residence = os endereços onde você morou na Itália, com as datas
welcome-have-income = a renda dos últimos três anos (CU, 730 ou Unico; só para residência)
welcome-have-language = a certificação de italiano B1, se você não for isento
welcome-eligibility-title = Posso fazer o pedido?
welcome-eligibility-hint = Poucas perguntas dizem se você já pode apresentar o pedido, ou a partir de quando.
welcome-eligibility = Fazer a verificação
welcome-who-title = Para quem você usa o aplicativo?
welcome-who-hint = Você pode mudar isso depois nas configurações (modo balcão de atendimento).
welcome-myself = Para mim mesmo
welcome-help-desk = Sou um balcão de atendimento
nav-glossary = Glossário

## Applicants
applicants-title = Requerentes
applicants-my-application = Meu pedido
applicants-search = Pesquisar por nome, codice fiscale ou número K10
applicants-show-archived = Mostrar arquivados
applicants-showing = Mostrando { $shown } de { $total }: pesquise por nome, codice fiscale ou K10 para filtrar a lista.
applicants-show-more = Mostrar mais { $count }
applicants-new = Novo requerente
applicants-empty = Nenhum pedido encontrado.
applicants-start = Começar um novo pedido
applicants-unnamed = (ainda sem nome)
applicants-last-saved = salvo { $time }
applicants-archived = arquivado
applicants-progress = { $done } de { $total } seções completas
applicants-open = Abrir
applicants-archive = Arquivar
applicants-unarchive = Restaurar
applicants-delete = Excluir
applicants-confirm-delete = Excluir definitivamente o pedido de { $name } e os documentos dele?
applicants-delete-confirm = Sim, excluir

## Section editor
editor-section-complete = Seção completa
editor-section-incomplete = Seção a completar
editor-saving = Salvando…
editor-unsaved = Alterações não salvas
editor-saved-at = Salvo às { $time }
editor-not-saved-yet = Ainda não salvo
editor-back = ← Requerentes
editor-save = Salvar
editor-previous = ← Seção anterior
editor-next = Próxima seção →
editor-add-row = + Adicionar
editor-remove-row = Remover
editor-attachments = Documentos anexados
editor-no-attachments = Nenhum documento anexado.
editor-issued-on = emitido em { $date }
editor-attach-new = Anexar um documento
editor-attach-kind = Tipo de documento
editor-attach-issue-date = Data de emissão (quando importa)
editor-attach-country = País (antecedentes criminais)
editor-attach-choose-file = Escolher arquivo…
editor-choose-kind-first = Escolha primeiro o tipo de documento.
placeholder-date = DD/MM/AAAA
placeholder-amount = 12.345,67
placeholder-comma-list = separados por vírgula
placeholder-choose = Escolha…
editor-prefecture-propose = Sugerir: Prefettura de { $name } (província de residência)
editor-consulate-label = Repartição consular competente (residência no exterior)
editor-consulate-placeholder = por exemplo Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Escreva o nome da repartição consular italiana competente para o lugar onde você mora, como aparece no site da embaixada ou do consulado: o app não tem uma lista de consulados. Os documentos serão endereçados a essa repartição.

## Settings
settings-title = Configurações
settings-language = Idioma
settings-theme = Tema
settings-text-scale = Tamanho do texto: { $percent }%
settings-data-folder = Pasta de dados
settings-choose-folder = Escolher pasta…
settings-default-folder = Pasta padrão
settings-restart-needed = A nova pasta será usada na próxima vez que o programa for aberto.
settings-portal-url = Endereço do portal
settings-help-desk = Modo balcão de atendimento (vários requerentes)
settings-help-desk-hint = Para balcões de atendimento e associações que ajudam muitas pessoas. Quando desativado, o aplicativo mostra apenas o seu próprio pedido.
theme-light = Claro
theme-dark = Escuro
theme-high-contrast = Alto contraste

## Glossary
glossary-title = Glossário
glossary-intro = As palavras da burocracia italiana que você encontra no pedido e nas cartas da Prefettura, explicadas rapidamente. O original em italiano é o que as cartas usam.
glossary-italian = Em italiano: { $term }
glossary-prefettura = Prefettura (representação do Governo na província)
glossary-prefettura-desc = O órgão do Estado na província que recebe o pedido de cidadania, analisa-o e comunica as decisões. Não confundir com a prefeitura municipal brasileira, que na Itália é o Comune.
glossary-comune = Município (Comune)
glossary-comune-desc = A administração da cidade: mantém o registro de residentes, emite certidões e organiza o juramento.
glossary-codice-fiscale = Código fiscal
glossary-codice-fiscale-desc = O código de 16 caracteres que identifica cada pessoa perante o fisco e os órgãos públicos na Itália, como o CPF no Brasil.
glossary-residenza-anagrafica = Residência registrada
glossary-residenza-anagrafica-desc = A inscrição no registro de residentes do município onde você mora. Para a cidadania só conta a residência registrada, não a simples permanência.
glossary-permesso-di-soggiorno = Autorização de residência
glossary-permesso-di-soggiorno-desc = O documento emitido pela Questura que permite a um cidadão de fora da UE permanecer na Itália.
glossary-permesso-ue-lungo-periodo = Autorização de residência UE de longa duração
glossary-permesso-ue-lungo-periodo-desc = A autorização de residência por tempo indeterminado para quem vive legalmente na Itália há pelo menos cinco anos; dispensa o certificado de idioma.
glossary-questura = Chefatura de polícia
glossary-questura-desc = O escritório provincial da Polícia do Estado que emite e renova as autorizações de residência.
glossary-atto-notorio = Declaração juramentada
glossary-atto-notorio-desc = Uma declaração feita sob juramento perante um funcionário público; para refugiados e apátridas substitui a certidão de nascimento.
glossary-nucleo-familiare = Núcleo familiar
glossary-nucleo-familiare-desc = As pessoas registradas como uma só família no registro de residentes (o "stato di famiglia"); a renda delas pode ser somada à do requerente.
glossary-reddito-imponibile = Renda tributável
glossary-reddito-imponibile-desc = A renda sobre a qual se pagam impostos, indicada na declaração de imposto de renda ou na Certificazione Unica.
glossary-certificato-penale = Certidão de antecedentes criminais
glossary-certificato-penale-desc = A certidão de antecedentes criminais do país de nascimento e dos países de residência; vale seis meses a partir da emissão.
glossary-marca-da-bollo = Selo fiscal
glossary-marca-da-bollo-desc = O selo de 16 € comprado numa tabacaria ou on-line; o pedido informa o código dele.
glossary-pagopa = pagoPA
glossary-pagopa-desc = O sistema para pagar a administração pública; com ele se paga a contribuição de 250 € e se obtém o código IUV.
glossary-autocertificazione = Autodeclaração
glossary-autocertificazione-desc = Uma declaração assinada que substitui uma certidão; declarar algo falso é crime.
glossary-spid = SPID (identidade digital)
glossary-spid-desc = A identidade digital usada para entrar no portal do Ministério do Interior e em outros serviços públicos on-line.
glossary-pec = E-mail certificado
glossary-pec-desc = Um e-mail com valor legal, como uma carta registrada com aviso de recebimento.
glossary-numero-k10 = Número K10
glossary-numero-k10-desc = O número do processo que a Prefettura atribui ao pedido aceito; informe-o em toda comunicação.
glossary-preavviso-di-rigetto = Aviso prévio de indeferimento
glossary-preavviso-di-rigetto-desc = A carta (art. 10-bis) com que a Prefettura anuncia que pretende indeferir o pedido: você pode responder com documentos e observações dentro do prazo indicado.
glossary-decreto = Decreto de concessão
glossary-decreto-desc = O ato que concede a cidadania; é notificado pelo município ou pela Prefettura.
glossary-giuramento = Juramento
glossary-giuramento-desc = A promessa de fidelidade à República, feita no município em até seis meses da notificação do decreto: a partir desse dia você é cidadão italiano.

## Unlock
unlock-title = Abra a pasta de dados
unlock-explanation = Seus dados são criptografados. Digite a senha da pasta (na primeira vez, escolha uma com pelo menos 12 caracteres).
unlock-passphrase = Senha
unlock-open = Abrir
unlock-create-title = Escolha uma senha
unlock-create-explanation = Os dados serão criptografados com uma senha que você digitará a cada início. Ela deve ter pelo menos { $min } caracteres; uma frase de várias palavras é mais fácil de lembrar e mais segura.
unlock-keyring-unavailable = O chaveiro do sistema não está disponível, por isso os dados são protegidos com uma senha.
unlock-details = Detalhes
unlock-details-hide = Ocultar detalhes
unlock-repeat = Repita a senha
unlock-min-length = Pelo menos { $min } caracteres.
unlock-strength-too-short = Curta demais: são necessários pelo menos { $min } caracteres.
unlock-strength-weak = Fraca: acrescente palavras, números ou símbolos.
unlock-strength-fair = Razoável.
unlock-strength-strong = Forte.
unlock-no-recovery = Atenção: se você esquecer a senha, ninguém poderá recuperar os dados. Anote-a e guarde-a em um lugar seguro.
unlock-mismatch = As duas senhas não coincidem.
unlock-create = Criar e continuar

# --- codice fiscale ---
err-cf-empty = Digite o codice fiscale.
err-cf-length = Um codice fiscale tem 16 caracteres; este tem { $found }.
err-cf-character = O caractere { $position } ("{ $character }") não é permitido nessa posição de um codice fiscale.
err-cf-check-letter = A última letra (caractere de controle) deveria ser { $expected }, não { $found }: verifique se o código foi copiado corretamente.
err-cf-month = "{ $found }" não é uma letra de mês válida (A B C D E H L M P R S T).
err-cf-day = O dia { $day } não existe no mês { $month } (para mulheres o dia é somado a 40).
err-cf-unknown-place = Nenhum município ou país estrangeiro tem o código { $code }.
err-cf-place-code-format = "{ $code }" não é um código de local (uma letra e três algarismos, por exemplo H501 ou Z404).
err-cf-surname-missing = Falta o sobrenome (é preciso pelo menos uma letra).
err-cf-name-missing = Falta o nome (é preciso pelo menos uma letra).
err-cf-unsupported-character = { $field ->
        [surname] O sobrenome
       *[name] O nome
    } contém "{ $character }", que não tem equivalente em letras latinas: escreva-o como no passaporte ou na autorização de residência.
err-cf-place-missing = Falta o local de nascimento.
err-cf-town-missing = Falta o município de nascimento.
err-cf-unknown-municipality = Nenhum município italiano se chama "{ $name }".
err-cf-municipality-province = Não existe o município "{ $name }" na província { $province }.
err-cf-municipality-ambiguous = Vários municípios se chamam "{ $name }" ({ $provinces }): informe a província.
err-cf-municipality-date = O município "{ $name }" não existia em { $date }: informe o município com o nome que tinha na data de nascimento.
err-cf-unknown-country = País desconhecido: "{ $name }".
err-cf-mismatch-surname = O codice fiscale não corresponde ao sobrenome: o sobrenome dá { $expected }, o código tem { $found }.
err-cf-mismatch-name = O codice fiscale não corresponde ao nome: o nome dá { $expected }, o código tem { $found }.
err-cf-mismatch-birth-date = O codice fiscale não corresponde à data de nascimento: { $expected } nos dados, { $found } no código.
err-cf-mismatch-sex = O codice fiscale não corresponde ao sexo: { $expected } nos dados, { $found } no código.
err-cf-mismatch-place = O codice fiscale não corresponde ao local de nascimento: { $expected } nos dados, { $found } no código.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = O chaveiro do sistema (armazenamento de credenciais) não está disponível, então a chave dos dados não pode ser guardada nele. Em vez disso, você pode proteger os dados com uma senha digitada a cada início. Detalhes: { $detail }
secrets-failed = O chaveiro do sistema recusou a operação: { $detail }
secrets-malformed = O segredo "{ $name }" no chaveiro do sistema está danificado.
secrets-passphrase-too-short = A senha deve ter pelo menos { $min } caracteres.
secrets-key-derivation-failed = Não foi possível derivar a chave da senha: { $detail }
store-in-use = Esta pasta de dados já está aberta em outra janela ou programa. Feche-a e tente de novo.
store-newer-format = Estes dados foram salvos por uma versão mais nova do programa (formato { $found }). Atualize o programa para abri-los; os dados não foram alterados.
store-wrong-key = A chave não corresponde a esta pasta de dados: os dados não podem ser descriptografados.
store-wrong-passphrase = Senha incorreta. Tente de novo: os dados não foram alterados.
store-passphrase-required = Esta pasta de dados é protegida por uma senha: digite-a para abrir a pasta.
store-key-missing = A chave desta pasta de dados não está no chaveiro deste computador (a pasta foi copiada de outro computador ou o chaveiro foi redefinido). Sem a chave os dados não podem ser lidos: use o computador original e exporte os requerentes como pacotes criptografados.
store-applicant-not-found = Este requerente não existe mais (talvez tenha sido excluído).
store-version-not-found = A versão { $version } não está mais disponível.
store-document-not-found = Este documento não existe mais (talvez tenha sido removido).
store-document-missing = O arquivo criptografado do documento "{ $name }" está faltando na pasta de dados. Importe-o de novo.
store-document-damaged = O documento "{ $name }" está danificado (a verificação de integridade não confere) e não foi exportado. Importe-o de novo.
store-corrupt = Parte dos dados salvos está danificada e não pode ser lida ({ $detail }).
store-file-not-found = Arquivo ou pasta não encontrado: { $path }
store-not-a-file = "{ $path }" não é um arquivo.
store-permission-denied = Permissão negada: { $path }
store-disk-full = O disco está cheio: libere espaço e tente de novo. As alterações não salvas continuam na janela.
store-io-failed = Erro de leitura ou gravação em { $path }: { $detail }
store-database-failed = Erro no banco de dados local: { $detail }
store-bundle-wrong-passphrase = Senha incorreta para este pacote.
store-bundle-truncated = O pacote está incompleto (cópia ou download interrompido). Copie-o de novo.
store-bundle-tampered = O pacote foi modificado ou está danificado e não pode ser importado.
store-not-a-bundle = Este arquivo não é um pacote do Cittadinanza.
store-bundle-unsupported-version = O pacote foi criado por uma versão mais nova do programa (formato { $found }). Atualize o programa para importá-lo.
store-history-note = Cada salvamento cria uma versão: as últimas { $count } versões de cada requerente são mantidas.
# --- end store ---

# --- portal ---
err-portal-invalid-url = O endereço do portal "{ $url }" não é válido: é necessário um endereço https:// (ou http:// para um portal neste computador).
err-portal-insecure-url = O endereço "{ $url }" não é criptografado: o portal só é acessado por https:// (http:// só é permitido para um portal neste computador).
err-portal-answer-too-large = O portal enviou uma resposta maior que { $megabytes } MB: ela foi interrompida. O servidor pode estar com defeito ou pode não ser o portal.
err-portal-unreachable = Não foi possível acessar o portal. Suas alterações continuam na fila e serão enviadas assim que possível.
err-portal-timeout = O portal não respondeu a tempo. Suas alterações continuam na fila; tente mais tarde.
err-portal-server = O portal teve um erro (código { $status }). Suas alterações continuam na fila.
err-portal-unauthorized = Sua sessão expirou ou você ainda não entrou. Entre novamente.
err-portal-bad-credentials = E-mail ou senha incorretos.
err-portal-forbidden = Esta conta não pode fazer isso.
err-portal-not-found = O pedido não foi encontrado no portal (ou não está vinculado a esta conta).
err-portal-account-exists = Já existe uma conta com este e-mail. Entre em vez de se cadastrar.
err-portal-conflict = O pedido foi alterado em outro lugar (versão { $version }). Escolha, seção por seção, qual versão manter.
err-portal-already-submitted = O pedido já foi enviado: não é criado um segundo.
err-portal-not-editable = Um pedido enviado não pode mais ser alterado.
err-portal-incomplete = O portal não aceita o pedido: falta o campo { $detail }.
err-portal-associate-mismatch =
    { $field ->
        [surname] O sobrenome não corresponde ao do pedido.
        [name] O nome não corresponde ao do pedido.
        [birth_date] A data de nascimento não corresponde à do pedido.
        [previous_email] O e-mail informado não é o usado no pedido.
        [k10_number] Nenhum pedido tem este número K10 (formato K10/0000001 ou K10/C/0000001).
       *[any] Os dados não correspondem a nenhum pedido. Confira o número K10 (formato K10/0000001 ou K10/C/0000001), sobrenome, nome, data de nascimento e o e-mail usado no pedido.
    }
err-portal-already-associated = O pedido já está vinculado a outra conta. Entre em contato com a Prefettura.
err-portal-too-large = O arquivo ou os dados são grandes demais para o portal (documentos de até 64 MB).
err-portal-rate-limited = Tentativas demais. Aguarde alguns minutos (no máximo uma hora) e tente novamente.
err-portal-checksum = O documento foi danificado no envio. Tente de novo: reenviar é seguro.
err-portal-rejected = O portal recusou a solicitação ({ $code }).
err-portal-protocol = Resposta inesperada do portal: ele pode estar em outra versão. ({ $detail })
err-portal-local = Os dados locais de sincronização não podem ser lidos ou gravados: { $detail }
err-portal-document = { $detail }
err-portal-token-store = O login não pode ser lembrado no chaveiro do sistema: { $detail }
err-portal-not-linked = Este pedido ainda não foi enviado ao portal.
err-portal-relink-pending = Os dados de sincronização estão sendo reconstruídos: entre no portal e sincronize para vincular de novo os pedidos antes de enviar novos.
portal-status-draft = Rascunho
portal-status-submitted = Enviado
portal-status-accepted = Aceito pela Prefettura
portal-status-inadmissible = Declarado inadmissível
portal-status-notice-10bis = Aviso prévio de indeferimento (art. 10-bis)
portal-status-granted = Cidadania concedida por decreto
portal-status-rejected = Indeferido por decreto
portal-status-oath-scheduled = Juramento agendado
portal-comm-acceptance = Pedido aceito em { $date }
portal-comm-inadmissibility = Pedido declarado inadmissível em { $date }
portal-comm-notice-10bis = Aviso prévio de indeferimento de { $date }: responda em { $days } dias (até { $respond_by })
portal-comm-decree-granted = Decreto de concessão da cidadania de { $date }
portal-comm-decree-rejected = Decreto de indeferimento de { $date }
portal-comm-oath-appointment = Juramento em { $appointment } em { $place }
portal-sync-pending = { $count ->
    [0] Tudo sincronizado
    [one] Uma alteração aguardando envio
   *[other] { $count } alterações aguardando envio
}
portal-queue-damaged = Os dados de sincronização com o portal estavam danificados: uma cópia foi guardada como "{ $file }" na pasta de dados. Os pedidos e documentos neste computador estão intactos. Entre no portal e sincronize: os vínculos com os pedidos serão reconstruídos.
portal-queue-rebuilt =
    Os dados de sincronização danificados (cópia "{ $file }") foram reconstruídos: { $count ->
        [one] um pedido está vinculado de novo ao portal.
       *[other] { $count } pedidos estão vinculados de novo ao portal.
    } As diferenças com o portal serão mostradas a você antes de serem enviadas.
portal-queue-dismiss = Entendi
portal-sync-uploads-failing =
    { $count ->
        [one] As alterações foram enviadas, mas um documento não foi carregado: { $error }
       *[other] As alterações foram enviadas, mas { $count } documentos não foram carregados (o primeiro: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] Um pedido a conciliar
   *[other] { $count } pedidos a conciliar
}
portal-conflict-keep-mine = Manter minha versão
portal-conflict-take-theirs = Usar a versão do portal
portal-sign-in = Entrar no portal
portal-sign-out = Sair do portal
portal-role-applicant = Requerente
portal-role-operator = Atendente do balcão
# --- end portal ---

# --- validation ---
## Field checks (rules::Problem)
err-missing = Obrigatório.
err-invalid-date = Data inválida: escreva no formato DD/MM/AAAA (por exemplo 05/03/2020).
err-impossible-date = Esta data não existe: verifique o dia e o mês.
err-year-out-of-range = Ano improvável: escreva-o por extenso, com quatro algarismos.
err-date-in-future = A data não pode estar no futuro.
err-date-before-birth = A data é anterior à data de nascimento.
err-end-before-start = A data final é anterior à data inicial ({ $start }).
err-date-before = A data não pode ser anterior { $event ->
        [event-first-entry] à primeira entrada na Itália
        [event-marriage] ao casamento
        [event-status-recognised] ao reconhecimento do status
       *[event-issue] à data de emissão
    } ({ $date }).
err-expired = Venceu em { $date }.
err-invalid-amount = Valor inválido: escreva em euros, por exemplo 12.345,67 ou 12345.67.
err-wrong-amount = O valor devido é { $expected } euros.
err-invalid-email = Endereço de e-mail inválido (por exemplo nome@exemplo.com).
err-invalid-phone = Telefone inválido: use só algarismos e espaços, com o código internacional depois de um + (por exemplo +39 333 1234567).
err-invalid-province = Não é uma sigla de província italiana: duas letras, por exemplo MI.
err-invalid-postcode = CEP italiano (CAP) inválido: cinco algarismos.
err-invalid-year = Ano inválido: escreva quatro algarismos, por exemplo 2024.
err-invalid-notice-code = Código inválido: um código de aviso pagoPA tem 18 algarismos, um IUV de 15 a 25 letras ou algarismos.
err-invalid-name = Só são permitidos letras, espaços, apóstrofos, pontos e hifens.
err-birth-place-contradicts-basis = Você disse que nasceu na Itália, mas o local de nascimento nos seus dados pessoais é no exterior.
err-spouse-not-italian = Para um pedido por casamento (art. 5) o cônjuge deve ser cidadão italiano.
err-not-married = Para um pedido por casamento (art. 5) o estado civil deve ser "casado(a)" ou "união civil".
err-atto-notorio-not-allowed = Um atto notorio substitui a certidão de nascimento só para refugiados e apátridas.
err-translation-required = O documento deve ser traduzido para o italiano (ou ser uma certidão multilíngue).
err-residence-gap = Nenhuma residência de { $from } a { $to }: acrescente o período que falta ou corrija as datas.
err-residence-overlap = Este período se sobrepõe ao período nº { $other }.
err-open-period-not-last = Só a residência atual (a última) pode ficar sem data final.
err-residences-not-up-to-date = A última residência termina em { $date }: acrescente sua residência atual.
err-registered-before-14-contradicted = Segundo as residências informadas, seu primeiro registro na Itália foi depois dos seus 14 anos.
err-income-year-missing = Falta a renda de { $year }.
err-income-year-not-required = Só é necessária a renda dos anos { $years }.
err-duplicate-year = Você já informou este ano.
err-criminal-certificate-missing = Falta a certidão de antecedentes criminais deste país: { $country }.
err-language-level-too-low = O nível { $level } não é suficiente: é exigido pelo menos B1.
err-invalid-language-level = Nível inválido: A1, A2, B1, B2, C1 ou C2.
err-exemption-needs-long-term-permit = Esta dispensa vale só para titulares de autorização de residência UE de longa duração (a informar na seção 4).
err-exemption-not-for-eu-citizens = Cidadãos da UE não são dispensados: é exigido um certificado B1.
err-must-accept = Você precisa marcar esta declaração para enviar o pedido.
err-document-missing = Falta um documento: { $kind ->
        [doc-birth-certificate] a certidão de nascimento
        [doc-criminal-record] a certidão de antecedentes criminais
        [doc-identity-document] o documento de identidade
        [doc-residence-permit] a autorização de residência
        [doc-codice-fiscale] o codice fiscale
        [doc-language-certificate] o certificado de língua italiana
        [doc-income-statement] a declaração de renda
        [doc-payment-receipt] o comprovante de pagamento
        [doc-marriage-certificate] a certidão de casamento
        [doc-atto-notorio] o atto notorio
       *[doc-other] outro documento
    }.
err-document-missing-for = Falta um documento: { $kind ->
        [doc-birth-certificate] a certidão de nascimento
        [doc-criminal-record] a certidão de antecedentes criminais
        [doc-identity-document] o documento de identidade
        [doc-residence-permit] a autorização de residência
        [doc-codice-fiscale] o codice fiscale
        [doc-language-certificate] o certificado de língua italiana
        [doc-income-statement] a declaração de renda
        [doc-payment-receipt] o comprovante de pagamento
        [doc-marriage-certificate] a certidão de casamento
        [doc-atto-notorio] o atto notorio
       *[doc-other] outro documento
    } ({ $detail }).
err-document-expired = Documento vencido em { $date } ({ $kind ->
        [doc-criminal-record] a certidão de antecedentes criminais vale seis meses a partir da data de emissão
        [doc-identity-document] documento de identidade
        [doc-residence-permit] autorização de residência
       *[doc-other] documento anexado
    }): anexe um válido.
err-attachment-incomplete = Anexo incompleto: falta o arquivo ou o tipo de documento.
info-residence-span = Residência contínua de { $from } a { $to } (anos completos: { $years }).

## K10 number
k10-kind-naturalisation = Cidadania por residência
k10-kind-marriage = Cidadania por casamento
err-k10-empty = Digite o número K10.
err-k10-prefix = Um número K10 começa com "K10/", por exemplo K10/0000001 ou K10/C/0000001.
err-k10-kind = "K10/" é seguido de sete algarismos (residência) ou de "C/" e sete algarismos (casamento).
err-k10-digits = O número deve ter sete algarismos, incluindo os zeros à esquerda; este tem { $found }.
err-k10-character = O número contém "{ $character }": só são permitidos algarismos.
err-k10-zero = 0000000 não é um número K10 válido.
err-k10-wrong-kind-marriage = Para a cidadania por casamento (art. 5) o número tem a forma { $expected }, com "C/".
err-k10-wrong-kind-naturalisation = Para a cidadania por residência (art. 9) o número tem a forma { $expected }, sem "C/".
# --- end validation ---

# --- pdf ---
pdf-doc-spid = "Modello x SPID" (autodeclaração para vincular o pedido)
pdf-doc-maintenance = Declaração de sustento
pdf-doc-change = Alteração de contatos e renda
pdf-doc-summary = Resumo para o balcão de atendimento
pdf-group-declarant = Declarante
pdf-group-supporter = Familiar que sustenta o requerente
pdf-group-applicant = Requerente
pdf-group-document = Documento de identidade
pdf-group-statement = Declaração
pdf-group-as-in-application = Dados como no pedido
pdf-group-as-in-spid = Dados como no SPID
pdf-group-income = Renda
pdf-group-changes = Alterações
pdf-group-signature = Local e data
pdf-field-surname = Sobrenome
pdf-field-name = Nome
pdf-field-birth-surname = Sobrenome de nascimento (se diferente)
pdf-field-sex = Sexo
pdf-field-birth-date = Data de nascimento
pdf-field-birth-place = Local de nascimento
pdf-field-citizenship = Cidadania
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Residência (endereço completo)
pdf-field-email = E-mail ou PEC (e-mail certificado)
pdf-field-phone = Telefone
pdf-field-document-kind = Tipo de documento
pdf-field-document-number = Número do documento
pdf-field-document-issuer = Emitido por
pdf-field-document-expiry = Validade do documento
pdf-field-prefecture = Prefettura
pdf-field-k10-number = Número do pedido (K10)
pdf-field-submitted-on = Data de envio do pedido
pdf-field-mismatch-reason = Por que os dados do pedido e do SPID diferem
pdf-field-ticket = Número do atendimento no balcão
pdf-field-place = Local da assinatura
pdf-field-date = Data da assinatura
pdf-field-relationship = Parentesco com o requerente
pdf-field-same-household = No mesmo registro familiar (stato di famiglia) do requerente
pdf-field-supported-since = Sustenta o requerente desde
pdf-field-income-rows = Pelo menos um ano de renda
pdf-field-income-year = Ano fiscal (linha { $row })
pdf-field-income-amount = Renda tributável { $year }
pdf-field-income-source = Documento fiscal { $year }
pdf-field-changes-any = Pelo menos uma alteração (contato ou renda)
pdf-field-new-residence = Nova residência
pdf-field-residence-since = Mora no novo endereço desde
pdf-field-new-email = Novo e-mail ou PEC
pdf-field-new-phone = Novo telefone
err-pdf-missing-fields = { $count ->
    [one] Falta uma informação para imprimir o documento.
   *[other] Faltam { $count } informações para imprimir o documento.
}
err-pdf-unknown-field = Campo desconhecido: { $field }.
err-pdf-invalid-value = Valor inválido para { $field }.
err-pdf-font = A fonte embutida não pode ser lida: reinstale o aplicativo.
pdf-page-of = Página { $page } de { $pages }
pdf-summary-title = Resumo do pedido de cidadania
pdf-summary-printed-on = Impresso em { $date } – um lembrete para o balcão de atendimento, não um documento oficial
pdf-summary-footer = Resumo – { $name } – { $date }
pdf-summary-unnamed = (nome ainda não informado)
pdf-summary-applicant = Requerente
pdf-label-name = Sobrenome e nome
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Data e local de nascimento
pdf-label-citizenship = Cidadania
pdf-label-basis = Base legal
pdf-label-prefecture = Prefettura
pdf-label-k10 = Número do pedido
pdf-label-email = E-mail / PEC
pdf-label-phone = Telefone
pdf-summary-not-submitted = ainda não enviado
pdf-summary-sections = Situação das seções
pdf-summary-sections-done = { $done } de { $total } seções completas
pdf-summary-section-complete = Completa
pdf-summary-section-incomplete = A completar
pdf-summary-documents = Documentos a levar
pdf-summary-documents-intro = Leve os originais dos documentos anexados e providencie os que faltam.
pdf-summary-doc-missing = a providenciar
pdf-summary-doc-exempt = não necessário
pdf-summary-doc-provided = anexado
pdf-summary-doc-expiring = anexado, válido até { $date }
pdf-summary-doc-expired = vencido em { $date }: precisa ser renovado
pdf-summary-deadlines = Prazos
pdf-summary-no-deadlines = Nenhum prazo pode ser calculado com os dados informados.
pdf-summary-col-deadline = O que vence
pdf-summary-col-date = Data
pdf-summary-col-when = Quando
pdf-summary-deadline-past = já venceu
pdf-summary-deadline-in-days = { $days ->
    [0] hoje
    [one] amanhã
   *[other] em { $days } dias
}
pdf-summary-deadline-criminal-record = Certidão de antecedentes criminais ({ $country }): válida 6 meses a partir da emissão
pdf-summary-deadline-permit = Autorização de residência
pdf-summary-deadline-passport = Documento estrangeiro ({ $document })
pdf-summary-deadline-id-card = Carteira de identidade italiana
pdf-summary-disclaimer = Este resumo é calculado a partir dos dados informados no pedido e não substitui as instruções da Prefettura e do portal do Ministério do Interior.
pdf-summary-desk-date = Data: { $date }
pdf-summary-desk-operator = Atendente do balcão
pdf-summary-detail-year = ano { $year }
pdf-summary-detail-replaces = no lugar de: { $document }
pdf-summary-detail-contribution = contribuição de 250 €
pdf-summary-detail-stamp-duty = selo fiscal de 16 €
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = Requisitos cumpridos: você pode fazer o pedido
verdict-not-yet = Ainda não: você pode fazer o pedido a partir de { $date }
verdict-not-eligible = Requisitos não cumpridos
verdict-borderline = Caso duvidoso: verifique os pontos abaixo
verdict-more-information = São necessárias mais informações para uma verificação

elig-basis-missing = Escolha a base legal (art. 5 ou art. 9) para verificar os requisitos.
elig-unreadable = O campo { $field } não pode ser lido e foi deixado de fora.
elig-residence-missing = Nenhuma residência na Itália informada: acrescente seus períodos de residência registrada.
elig-residence-not-current = A última residência registrada terminou em { $date }: você precisa ser residente na Itália agora.
elig-residence-gap = Nenhuma residência entre { $from } e { $to }: a continuidade foi interrompida e a contagem recomeça.
elig-residence-met = Residência legal contínua desde { $since }: os { $years } anos exigidos foram atingidos em { $date }.
elig-residence-not-yet = Residência legal contínua desde { $since }: os { $years } anos exigidos serão atingidos em { $date }.
elig-descendant-rule-changed = Para descendentes de cidadãos italianos a Lei 74/2025 reduziu o período de 3 para 2 anos: confirme com a Prefettura.
elig-born-in-italy-unanswered = Diga se você nasceu na Itália ou se descende de um cidadão italiano por nascimento.
elig-adoption-date-missing = Informe a data da adoção: os 5 anos de residência contam a partir dessa data.
elig-service-missing = Informe as datas do seu serviço ao Estado italiano.
elig-service-met = Serviço ao Estado desde { $since }: os 5 anos foram atingidos em { $date }.
elig-service-not-yet = Serviço ao Estado desde { $since }: os 5 anos serão atingidos em { $date }.
elig-service-too-short = O serviço ao Estado (de { $since } a { $date }) durou menos de 5 anos.
elig-not-eu-citizen = A letra d) se aplica a cidadãos da União Europeia: verifique a cidadania informada.
elig-refugee-status-missing = A letra e) se aplica a refugiados e apátridas: informe o status reconhecido.
elig-marriage-date-missing = Informe a data do casamento ou da união civil.
elig-spouse-not-italian = O cônjuge deve ser cidadão italiano.
elig-spouse-citizenship-unanswered = Diga se o cônjuge é cidadão italiano.
elig-separated = A cidadania por casamento não pode ser concedida quando os cônjuges estão separados judicialmente.
elig-marriage-ended = O casamento deve durar até o decreto (não dissolvido, anulado nem extinto).
elig-marriage-residence-met = Residência legal na Itália após o casamento desde { $since }: os { $months } meses exigidos foram atingidos em { $date }.
elig-marriage-residence-not-yet = Residência legal na Itália após o casamento desde { $since }: os { $months } meses exigidos serão atingidos em { $date }.
elig-marriage-met = Casado(a) em { $since }: os { $months } meses exigidos passaram em { $date }.
elig-marriage-not-yet = Casado(a) em { $since }: os { $months } meses exigidos passarão em { $date }.
elig-children-halve-period = Com filhos nascidos ou adotados pelo casal o período cai pela metade.
elig-no-income-requirement = A cidadania por casamento não exige renda mínima.
elig-income-met = Renda { $year }: { $income } € (mínimo { $threshold } €).
elig-income-below = Renda { $year }: { $income } € está abaixo do mínimo de { $threshold } €. Pode-se somar a renda dos familiares no mesmo registro familiar.
elig-income-borderline = Renda { $year }: { $income } € está entre { $lower } € (acréscimo arredondado para 516,00 €) e { $threshold } € (516,46 € por dependente): caso duvidoso.
elig-income-missing = Falta a renda de { $year }: são necessários os três anos anteriores ao pedido.
elig-consider-basis = Pela letra { $letter }) do art. 9, bastam { $years } anos de residência.
elig-residence-gap-cancelled = Residência interrompida de { $from } a { $to } (inscrição cancelada e depois restabelecida): a residência contínua conta a partir da nova inscrição de { $to }.
elig-residence-gap-abroad = De { $from } a { $to } você morou no exterior: a residência contínua conta a partir do retorno, em { $to }.
elig-residence-gap-other = Residência interrompida de { $from } a { $to }: a residência contínua conta a partir de { $to }.
elig-presence-proof = Se nesse período (de { $from } a { $to }) você continuou morando na Itália, a Prefettura pode aceitar a prova da presença ininterrupta: contratos de aluguel ou de trabalho, holerites, atestados médicos ou do médico de família. Não é garantido: pergunte à sua Prefettura.
elig-subsidiary-protection = Com uma autorização por proteção subsidiária (protezione sussidiaria) não se aplica a letra e) (só refugiados e apátridas): vale a letra f), com 10 anos de residência, e não há a isenção dos refugiados das certidões de nascimento e de antecedentes criminais (atto notorio). Escolha a letra f).
elig-marriage-separation = Separação desde { $date }: com a separação judicial dos cônjuges (separazione personale) a cidadania por casamento não pode ser concedida.
elig-marriage-divorce = Divórcio em { $date }: o casamento deve durar até o decreto (decreto).
elig-marriage-annulment = Casamento anulado em { $date }: o casamento deve durar até o decreto (decreto).
elig-marriage-spouse-death = O cônjuge faleceu em { $date }: o casamento foi dissolvido e a cidadania por casamento não é mais possível; confirme com a Prefettura.
elig-marriage-separation-pending = Separação em { $date }, depois do envio do pedido ({ $submitted }): com o pedido em andamento, o indeferimento é provável. Comunique à Prefettura e peça orientação a um serviço de assistência (patronato) ou a um advogado.
elig-marriage-ended-pending =
    { $event ->
        [divorce] Divórcio
        [annulment] Anulação do casamento
       *[other] Falecimento do cônjuge
    } em { $date }, depois do envio do pedido ({ $submitted }): a cidadania por casamento não pode mais ser concedida; comunique à Prefettura.
elig-income-household =
    Núcleo familiar em { $year }: { $spouse ->
        [yes] cônjuge dependente
       *[no] nenhum cônjuge dependente
    }, outros familiares dependentes: { $others }.
elig-family-income-not-household = Renda de { $year } de { $name }: não está no mesmo registro familiar (stato di famiglia), portanto não pode ser somada.
elig-family-income-household-unanswered = Renda de { $year } de { $name }: indique se está no mesmo registro familiar (stato di famiglia) (só então pode ser somada).

checklist-state-missing = Falta
checklist-state-exempt = Não exigido
checklist-state-provided = Anexado
checklist-state-expiring = Vence em { $date }
checklist-state-expired = Venceu em { $date }
checklist-detail-country = { $country }
checklist-detail-year = ano { $year }
checklist-detail-replaces-birth-certificate = no lugar da certidão de nascimento
checklist-detail-replaces-criminal-record = no lugar da certidão de antecedentes criminais
checklist-detail-contribution = contribuição de 250 €
checklist-detail-stamp-duty = selo fiscal de 16 €
checklist-exempt-eu-citizen = Cidadãos da UE não têm autorização de residência.
checklist-exempt-living-abroad = Não exigido para quem mora no exterior.
checklist-exempt-born-in-italy = Não exigido para quem nasceu na Itália.
checklist-exempt-atto-notorio = Para refugiados e apátridas um atto notorio o substitui.
checklist-exempt-before-14 = Não exigido para quem foi registrado na Itália antes dos 14 anos e reside desde então.
checklist-exempt-eu-long-term-permit = Dispensado: titular de autorização de residência UE de longa duração.
checklist-exempt-integration-agreement = Dispensado: assinou o acordo de integração.
checklist-exempt-no-income = Nenhuma renda declarada naquele ano.

phase-draft = Rascunho
phase-submitted = Enviado
phase-accepted = Aceito (número K10)
phase-submission-rejected = Envio recusado pela Prefettura
phase-preliminary-assessment = Análise preliminar
phase-ten-bis-notice = Aviso prévio de indeferimento (preavviso di rigetto, art. 10-bis)
phase-prefecture-opinion = Parecer da Prefettura
phase-decree = Decreto de concessão da cidadania (decreto di concessione)
phase-rejected = Decreto de indeferimento
phase-inadmissible = Inadmissibilidade
phase-notification = Notificação
phase-oath = Juramento (giuramento)
phase-citizen = Cidadão italiano
phase-state-done = Concluída
phase-state-current = Em andamento
phase-state-future = A seguir

deadline-today = hoje
deadline-tomorrow = amanhã
deadline-days-left = em { $days } dias
deadline-days-ago = há { $days } dias
deadline-urgent = Urgente
deadline-non-working-judicial = { $date } é { $day }: por lei o prazo passa para { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Data segura recomendada: { $safe }.
deadline-non-working-administrative = { $date } é { $day }: em geral o prazo passa para { $moved } (art. 2963 c.c.), mas para os prazos administrativos isso não é certo. Data segura recomendada: { $safe }.
holiday-easter-sunday = Páscoa
holiday-easter-monday = Segunda-feira de Páscoa (Pasquetta)
holiday-national = um feriado nacional
holiday-saturday = sábado
holiday-sunday = domingo
deadline-criminal-record-expiry = Vence a certidão de antecedentes criminais { $subject }
deadline-criminal-record-expiry-desc = A certidão de antecedentes criminais vale 6 meses a partir da data de emissão ({ $from }): entregue até { $date } ou tire uma nova.
deadline-ten-bis-response = Resposta ao aviso prévio de indeferimento nº { $subject }
deadline-ten-bis-response-desc = Aviso recebido em { $from }: envie documentos ou observações à Prefettura (por PEC) até { $date }.
deadline-tar-appeal = Último dia para recorrer ao TAR (tribunal administrativo)
deadline-tar-appeal-desc = 60 dias a partir da notificação de { $from }. Procure um advogado a tempo.
deadline-president-appeal = Último dia para o recurso extraordinário ao Presidente da República
deadline-president-appeal-desc = 120 dias a partir da notificação de { $from }, como alternativa ao TAR.
deadline-reapply-from = A partir de hoje você pode fazer um novo pedido
deadline-reapply-from-desc = Depois de um decreto de indeferimento, você pode fazer um novo pedido um ano após a notificação ({ $from }); depois de uma inadmissibilidade, imediatamente.
deadline-oath = Último dia para o juramento
deadline-oath-desc = O juramento deve ser feito em até 6 meses da notificação do decreto ({ $from }). Agende-o no seu município.
deadline-processing-limit = Prazo do procedimento
deadline-processing-limit-desc = Enviado em { $from }: a administração deve decidir até { $date } (24 meses; 48 para pedidos enviados antes de 20/12/2020; avisos prévios de indeferimento suspendem o prazo).
deadline-processing-limit-extended = Prazo máximo prorrogado do procedimento
deadline-processing-limit-extended-desc = Enviado em { $from }: com a prorrogação o prazo é { $date } (36 meses).
calendar-name = Cidadania – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = Portal
portal-title = Portal e sincronização
portal-address = Portal: { $url } (altere em Configurações)
portal-signed-in-as = Conectado como { $email } ({ $role })
portal-email = E-mail
portal-password = Senha
portal-register = Criar uma conta
portal-register-hint = Os balcões de atendimento recebem a conta de atendente de quem administra o portal.
portal-credentials-required = Digite seu e-mail e sua senha.
portal-sync-now = Sincronizar agora
portal-syncing = Sincronizando…
portal-sync-uploads = { $count ->
    [one] Um documento aguardando envio
   *[other] { $count } documentos aguardando envio
}
portal-offline = Não foi possível acessar o portal: suas alterações estão salvas aqui e na fila, e serão enviadas na próxima sincronização.
portal-last-sync = Última sincronização: { $time }
portal-never-synced = Ainda não sincronizado.
portal-open-unnamed = Pedido sem nome
portal-status-unknown = A situação deste pedido no portal não está disponível agora: atualize quando o portal estiver acessível.
portal-not-sent = Este pedido ainda não está no portal: "Sincronizar agora" o envia como rascunho.
portal-status-line = Situação: { $status }
portal-k10 = Número K10: { $k10 }
portal-communications = Comunicações
portal-no-communications = Nenhuma comunicação da Prefettura.
portal-deadline-left = Responda até { $date } (faltam { $days } dias)
portal-deadline-passed = O prazo para responder venceu em { $date }
portal-refresh-status = Atualizar situação
portal-submit = Enviar o pedido
portal-submit-confirm = Enviar o pedido à Prefettura? Depois do envio ele não pode ser alterado.
portal-submit-yes = Sim, enviar
portal-submitted = Pedido enviado. Número K10: { $k10 }
portal-conflict-title = { $name }: alterado também no portal
portal-conflict-help = Estas seções foram alteradas aqui e no portal. Escolha qual versão manter em cada uma.
portal-conflict-field = { $field }: minha "{ $mine }", portal "{ $theirs }"
portal-conflict-more = … e mais { $count } campos
portal-conflict-apply = Aplicar minhas escolhas
portal-value-yes = sim
portal-value-no = não
portal-associate-title = Vincular um pedido (Associa pratica)
portal-associate-help = Vincule à sua conta um pedido enviado antes (por exemplo, por um balcão de atendimento). Todos os dados devem corresponder ao pedido.
portal-associate-surname = Sobrenome
portal-associate-name = Nome
portal-associate-birth-date = Data de nascimento (DD/MM/AAAA)
portal-associate-previous-email = Endereço de e-mail informado no pedido
portal-associate-k10 = Número K10 (ex.: K10/0000001)
portal-associate-required = Preencha este campo.
portal-associate = Vincular
portal-upload-waiting = A enviar: { $name }
portal-upload-failed = "{ $name }" não foi enviado: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Um documento de outro requerente não foi enviado: abra esse requerente para ver o motivo.
   *[other] { $count } documentos de outros requerentes não foram enviados: abra esses requerentes para ver o motivo.
}
portal-field-file-name = Nome do arquivo
portal-field-file-content = Conteúdo do arquivo
portal-procedure-draft-started = Pedido iniciado em
portal-procedure-k10 = Número K10
portal-procedure-submission-rejected = Envio recusado pela Prefettura em
portal-procedure-assessment-started = Análise iniciada em
portal-procedure-ten-bis = Aviso prévio (art. 10-bis)
portal-procedure-opinion = Parecer da Prefettura
portal-procedure-opinion-favourable = favorável
portal-procedure-opinion-unfavourable = desfavorável
portal-procedure-certificates = Certidões de antecedentes criminais
portal-upload-damaged = O documento "{ $name }" está danificado na pasta de dados deste computador (a verificação de integridade não confere) e não foi enviado. Importe-o de novo.
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documentos
nav-eligibility = Posso fazer o pedido?
documents-no-applicant = Abra um requerente para ver os documentos dele.
documents-title = Documentos de { $name }
documents-progress = { $ready } de { $total } prontos
documents-file-missing = O arquivo não está mais no cofre: adicione-o novamente.
documents-file-damaged = O arquivo no cofre está danificado: adicione-o novamente.
documents-drop-target = Arraste um arquivo para cá: ele irá para "{ $item }".
documents-drop-nothing = Não falta nenhum documento: um arquivo arrastado para cá não vai para nenhum item.
documents-check = Verificar arquivos
documents-checking = Verificando…
documents-check-ok =
    { $count ->
        [one] O arquivo está íntegro.
       *[other] Todos os { $count } arquivos estão íntegros.
    }
documents-check-bad =
    { $count ->
        [one] Um arquivo está faltando ou danificado: ele está marcado na lista.
       *[other] { $count } arquivos estão faltando ou danificados: estão marcados na lista.
    }
documents-no-dialog = Neste computador não é possível abrir a janela de seleção de arquivos. Digite o caminho completo do arquivo (ou arraste-o para esta tela).
documents-typed-path = Caminho do arquivo, por exemplo /home/anna/digitalizacoes/passaporte.pdf
documents-use-typed-path = Anexar este arquivo
documents-typed-path-not-found = Nenhum arquivo em "{ $path }": verifique o caminho.
documents-no-save-dialog = Neste computador não é possível abrir a janela para salvar. Digite onde salvar a cópia (caminho completo com o nome do arquivo).
documents-typed-destination = Caminho da cópia, por exemplo /home/anna/passaporte.pdf
documents-typed-destination-invalid = Não é possível salvar em "{ $path }": a pasta precisa existir e o nome do arquivo precisa ser informado.
file-dialog-no-save-dialog = Neste computador não é possível abrir a janela para salvar. Digite onde salvar o arquivo (caminho completo com o nome do arquivo).
file-dialog-save-placeholder = Caminho completo, por exemplo { $example }
file-dialog-save-here = Salvar aqui
file-dialog-no-folder-dialog = Neste computador não é possível abrir a janela para escolher uma pasta. Digite o caminho completo da pasta.
file-dialog-folder-placeholder = Caminho completo da pasta
file-dialog-folder-not-found = Nenhuma pasta em "{ $path }": verifique o caminho.
file-dialog-use-folder = Usar esta pasta
documents-add-file = Adicionar arquivo
documents-replace-file = Substituir arquivo
documents-open = Abrir
documents-export = Exportar…
documents-remove = Remover
documents-confirm-remove = Remover definitivamente
documents-cancel = Cancelar
documents-exported = Salvo em { $path }
documents-days-left = faltam { $days } dias
documents-criminal-record-validity = Uma certidão de antecedentes criminais vale 6 meses a partir da data de emissão: peça uma nova.
documents-issue-date-required = Data de emissão (a certidão vale 6 meses a partir dela)
documents-issue-date-future = A data de emissão não pode estar no futuro.
documents-country-required = Escreva o país que emitiu a certidão.
documents-edit-issue-date = Data de emissão…
documents-edit-issue-date-label = Data de emissão do documento
documents-save-issue-date = Salvar a data
documents-error-temp = Não foi possível gravar uma cópia temporária privada do documento.
documents-error-viewer = Nenhum programa conseguiu abrir o documento. Use "Exportar…" e abra a cópia você mesmo.
eligibility-title = Posso fazer o pedido?
eligibility-from-draft = Preenchido a partir do pedido aberto. As alterações aqui não mudam o pedido.
eligibility-stand-alone = Responda às perguntas abaixo: nada é salvo.
eligibility-reload-draft = Pegar de novo os valores do pedido
eligibility-basis = Base legal
eligibility-born-in-italy = Nascido(a) na Itália (deixe desmarcado se você descende de um cidadão italiano por nascimento)
eligibility-adoption-date = Data da adoção
eligibility-service-from = A serviço do Estado italiano desde
eligibility-service-to = Até (vazio se ainda em serviço)
eligibility-eu-citizen = Cidadão de um país da União Europeia
eligibility-refugee-status = Status
eligibility-marriage-date = Data do casamento ou da união civil
eligibility-spouse-italian = O cônjuge é cidadão italiano
eligibility-children = Filhos nascidos ou adotados pelo casal
eligibility-separated = Separados judicialmente
eligibility-missing-title = A preencher antes de uma verificação:
eligibility-marriage-ended = Casamento dissolvido, anulado ou extinto
eligibility-residence = Residência registrada na Itália (residenza anagrafica)
eligibility-from = De
eligibility-to-or-empty = Até (vazio se ainda residente)
eligibility-period-from = início do período de residência { $n }
eligibility-period-to = fim do período de residência { $n }
eligibility-income = Renda tributável por ano (requerente e família)
eligibility-year = Ano fiscal
eligibility-amount = Valor em euros
eligibility-income-year-of = ano fiscal "{ $year }"
eligibility-income-of = renda de { $year }
eligibility-dependent-spouse = O cônjuge é dependente
eligibility-other-dependants = Outros dependentes (filhos, pais …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = Janeiro
editor-calendar-month-2 = Fevereiro
editor-calendar-month-3 = Março
editor-calendar-month-4 = Abril
editor-calendar-month-5 = Maio
editor-calendar-month-6 = Junho
editor-calendar-month-7 = Julho
editor-calendar-month-8 = Agosto
editor-calendar-month-9 = Setembro
editor-calendar-month-10 = Outubro
editor-calendar-month-11 = Novembro
editor-calendar-month-12 = Dezembro
editor-calendar-mon = Seg
editor-calendar-tue = Ter
editor-calendar-wed = Qua
editor-calendar-thu = Qui
editor-calendar-fri = Sex
editor-calendar-sat = Sáb
editor-calendar-sun = Dom
editor-calendar-keys = Alt+↓ abre o calendário · setas: dia · Page Up/Down: mês (Shift: ano) · Enter: escolher · Esc: fechar
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Prazos
nav-pdf = Gerar PDF
timeline-title = Andamento do pedido e prazos
timeline-intro = Informe as datas conforme elas chegam: as fases e os prazos se atualizam sozinhos. As datas são salvas com o pedido.
timeline-no-applicant = Abra um requerente primeiro.
timeline-deadlines = Próximos prazos
timeline-no-deadlines = Nenhum prazo pela frente.
timeline-phases = Fases
timeline-events = Datas do procedimento
timeline-field-submitted = Pedido enviado em
timeline-field-accepted = Aceito pela Prefettura (número K10) em
timeline-field-ten-bis-received = Aviso prévio de indeferimento (preavviso di rigetto, art. 10-bis) recebido em
timeline-field-ten-bis-days = Dias para responder ao aviso (se não forem 10)
timeline-field-ten-bis-answered = Resposta ao aviso enviada em
timeline-field-prefecture-opinion = Parecer da Prefettura em
timeline-field-decree = Decreto datado de
timeline-field-decree-outcome = Resultado do decreto
timeline-field-inadmissible = Pedido declarado inadmissível em
timeline-field-notified = Decreto notificado em
timeline-field-oath = Juramento em
timeline-outcome-granted = Cidadania concedida
timeline-outcome-rejected = Indeferido
timeline-days-invalid = Informe um número de dias entre 1 e 365.
timeline-export-ics = Exportar para o calendário (.ics)
timeline-exported = Calendário salvo em { $path }.
timeline-export-failed = Não foi possível salvar o calendário: { $detail }
timeline-calendar-name = Cidadania – { $name }
timeline-notice-title = Aviso prévio de indeferimento (art. 10-bis) nº { $number }
timeline-notice-add = Adicionar um aviso (art. 10-bis)
timeline-notice-remove = Remover o aviso
timeline-notice-confirm-remove = Remover o aviso nº { $number } e as datas dele?
timeline-notice-remove-confirm = Sim, remover
timeline-notice-due = Responda até { $date } ({ $left })
timeline-notice-answered = Resposta enviada em { $date }: não resta prazo para este aviso.
timeline-notice-no-date = Informe o dia em que chegou para ver até quando responder.
timeline-notice-decided = O pedido já foi decidido: não há prazo para este aviso.
timeline-field-draft-started = Pedido iniciado em
timeline-field-planned-submission = Envio previsto em
timeline-k10-invalid = O número do processo { $number } não é válido: { $error }
timeline-field-submission-rejected = Envio recusado pela Prefettura (a corrigir e reenviar) em
timeline-field-assessment-started = Análise iniciada em (se não no dia da aceitação)
timeline-field-opinion-outcome = Resultado do parecer
timeline-opinion-favourable = Favorável
timeline-opinion-unfavourable = Desfavorável
timeline-not-given = — não informado —
pdf-screen-title = Gerar PDF
pdf-screen-intro = Escolha o documento: os dados do pedido já estão preenchidos, complete o que falta. O PDF é salvo só onde você escolher, ou criptografado no cofre do pedido.
pdf-screen-no-applicant = Abra um requerente primeiro.
pdf-screen-member = Familiar que sustenta o requerente
pdf-screen-member-placeholder = Escolha o familiar
pdf-screen-missing = { $count ->
    [one] Falta um campo obrigatório (marcado com *).
   *[other] Faltam { $count } campos obrigatórios (marcados com *).
}
pdf-screen-field-required = Campo obrigatório.
pdf-screen-field-invalid = Valor inválido.
pdf-screen-fill-missing = Complete os campos marcados antes de gerar o documento.
pdf-screen-choose = Escolha…
pdf-screen-generate = Gerar
pdf-screen-ready = Documento pronto: salve-o ou guarde-o no cofre.
pdf-screen-save-as = Salvar como…
pdf-screen-saved = PDF salvo em { $path }.
pdf-screen-save-failed = Não foi possível salvar o PDF: { $detail }
pdf-screen-keep = Guardar no cofre
pdf-screen-pec-save = Salvar rascunho PEC (.eml)
pdf-screen-pec-copy = Copiar texto da PEC
pdf-screen-pec-copied = Assunto e texto da PEC (e-mail certificado) copiados para a área de transferência.
err-pec-name-missing = Para a PEC (e-mail certificado) são necessários sobrenome e nome (seção 2).
err-pec-write = Não foi possível gravar a mensagem PEC (e-mail certificado).
pdf-screen-kept = PDF guardado (criptografado) entre os documentos do pedido.
# --- end timeline and pdf screens ---

# Versions, copies and transfer (Versions screen; import in the list of applicants)
nav-history = Versões e cópias
history-title = Versões, cópias e transferência
history-versions = Versões salvas
history-version = Versão { $version } · salva em { $time } · { $done } de 12 seções completas
history-current = Versão atual
history-restore = Restaurar
history-confirm-restore = Restaurar a versão { $version }? O rascunho atual continua na lista e também pode ser restaurado.
history-restore-confirm = Sim, restaurar
history-restored = Versão { $version } restaurada: agora ela é o rascunho atual.
history-copy = Cópia
history-copy-intro = Cria um novo requerente com os mesmos dados e documentos (sem número K10 nem histórico), por exemplo para o cônjuge ou para um novo pedido após um indeferimento.
history-duplicate = Duplicar este pedido
history-export = Exportar para um arquivo criptografado
history-export-intro = Salva este requerente (todas as versões e documentos) num arquivo criptografado com uma senha, para levá-lo a outro computador ou balcão. Passe a senha separadamente, nunca junto com o arquivo.
history-passphrase = Senha do arquivo
history-passphrase-repeat = Repita a senha
history-passphrase-mismatch = As duas senhas não coincidem.
history-export-typed-path = Caminho do arquivo, por exemplo /media/pendrive/rossi.cittadinanza
history-export-button = Exportar…
history-exporting = Exportando…
history-exported = Requerente exportado para { $path }.
history-file-stem = requerente
applicants-import = Importar de arquivo…
applicants-import-file = Importar "{ $file }"
applicants-import-passphrase = Senha do arquivo
applicants-import-no-dialog = Neste computador não é possível abrir a janela de seleção de arquivos. Digite o caminho completo do arquivo .cittadinanza a importar.
applicants-import-typed-path = Caminho do arquivo, por exemplo /media/pendrive/rossi.cittadinanza
applicants-import-confirm = Importar

# --- drafts from newer versions ---
editor-newer-version = Este pedido foi salvo por uma versão mais nova do aplicativo: { $count } valores não foram entendidos e não aparecem aqui ({ $values }). A versão salva continua intacta no histórico: atualize o aplicativo para recuperá-los.
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = Este anexo mostra uma data de emissão diferente da declarada na seção 8 ({ $date }), que é a data a partir da qual conta a validade de seis meses: corrija o anexo ou a seção 8.
err-not-a-count = Digite um número inteiro (por exemplo 2).
err-unknown-prefecture = Escolha a Prefettura na lista: deve ser a da província onde você mora.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Você tem uma autorização de residência UE de longa duração: em vez de anexar um certificado B1, pode declarar a dispensa escolhendo acima "Titular de autorização UE de longa duração".
hint-subsidiary-protection-letter-f = Sua autorização é por proteção subsidiária (protezione sussidiaria): a letra e) vale só para refugiados e apátridas. Escolha a letra f) (10 anos); as certidões de nascimento e de antecedentes criminais devem ser apresentadas.
hint-residence-gap-proof = A residência conta a partir da nova inscrição. Se nesse meio-tempo você morou na Itália, guarde contratos, holerites e atestados médicos: a Prefettura pode aceitá-los como prova da presença ininterrupta.
hint-family-income-not-household = Quem não está no mesmo registro familiar (stato di famiglia) não pode somar a própria renda à sua: este valor não é contado.
hint-marriage-event = Para a cidadania por casamento, o casamento deve durar, sem separação, até o decreto (decreto): veja a verificação dos requisitos.
hint-criminal-record-expires-before-planned = Esta certidão de antecedentes criminais vence antes da data de envio prevista (veja Prazos): envie antes ou obtenha uma certidão nova.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Enviando { $name }: { $sent } de { $total }
# --- end upload progress ---
