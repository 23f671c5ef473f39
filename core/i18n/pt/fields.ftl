# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Revise antes de enviar
review-intro = Todas as respostas das doze seções, como você as deu. O que falta ou precisa ser corrigido fica no topo; "Alterar" leva ao campo.
review-missing =
    { $count ->
        [one] Falta ou precisa ser corrigido um dado:
       *[other] Faltam ou precisam ser corrigidos { $count } dados:
    }
review-nothing-missing = Não falta nada: todas as seções estão completas.
review-change = Alterar
review-no-answers = Nenhuma resposta nesta seção.
review-answers = As respostas, seção por seção
review-yes = Sim

## Sections
section-legal-basis = Base legal
section-personal = Dados pessoais
section-birth-certificate = Certidão de nascimento
section-entry-stay = Entrada e permanência
section-residences = Residências na Itália
section-family = Família
section-income = Renda
section-judicial = Situação criminal
section-language = Língua italiana
section-payments = Pagamentos
section-documents = Documentos
section-consent = Declarações e envio

## Choices
choice-yes = Sim
choice-no = Não
basis-art5-italy = Art. 5 – casado(a) com cidadão italiano, morando na Itália
basis-art5-abroad = Art. 5 – casado(a) com cidadão italiano, morando no exterior
basis-art9-a = Art. 9 c.1 a) – nascido na Itália ou descendente de cidadão por nascimento
basis-art9-b = Art. 9 c.1 b) – maior de idade adotado por cidadão italiano
basis-art9-c = Art. 9 c.1 c) – serviço ao Estado italiano
basis-art9-d = Art. 9 c.1 d) – cidadão da União Europeia
basis-art9-e = Art. 9 c.1 e) – apátrida ou refugiado
basis-art9-f = Art. 9 c.1 f) – residência legal há pelo menos 10 anos
refugee-status-refugee = Refugiado
refugee-status-stateless = Apátrida
sex-male = Masculino
sex-female = Feminino
marital-single = Solteiro(a)
marital-married = Casado(a)
marital-civil-union = União civil
marital-separated = Separado(a)
marital-divorced = Divorciado(a)
marital-widowed = Viúvo(a)
legalisation-apostille = Apostila
legalisation-consular = Legalização consular
legalisation-exempt = Dispensado (convenção)
permit-eu-long-term = Autorização de residência UE de longa duração (permesso UE per soggiornanti di lungo periodo)
permit-work = Trabalho
permit-family = Família
permit-study = Estudo
permit-asylum = Asilo
permit-subsidiary-protection = Proteção subsidiária
permit-eu-registration = Certificado de registro (cidadãos da UE)
permit-other = Outro
relationship-spouse = Cônjuge
relationship-child = Filho(a)
relationship-parent = Pai/mãe
relationship-sibling = Irmão/irmã
relationship-other-relative = Outro parente
relationship-other = Outro
income-source-cu = Certificazione Unica
income-source-730 = Modelo 730
income-source-unico = Modello Redditi
income-source-none = Nenhuma renda declarada
gap-reason-cancelled-reregistered = Inscrição cancelada e depois restabelecida
gap-reason-lived-abroad = Morei no exterior
gap-reason-other = Outro motivo
exemption-none = Sem dispensa: certificado B1
exemption-eu-long-term-permit = Titular de autorização UE de longa duração
exemption-integration-agreement = Assinou o acordo de integração
exemption-italian-qualification = Diploma escolar ou universitário italiano
doc-birth-certificate = Certidão de nascimento
doc-criminal-record = Certidão de antecedentes criminais
doc-identity-document = Documento de identidade
doc-residence-permit = Autorização de residência
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Certificado de língua italiana
doc-income-statement = Declaração de imposto de renda
doc-payment-receipt = Comprovante de pagamento
doc-marriage-certificate = Certidão de casamento
doc-atto-notorio = Atto notorio (declaração juramentada)
doc-other = Outro documento

## Fields: 1 legal basis
field-legal-basis-basis = Base legal
field-legal-basis-prefecture = Prefettura competente (representação do Governo)
field-legal-basis-art9a-born-in-italy = Nascido(a) na Itália (caso contrário: descendente de cidadão por nascimento)
field-legal-basis-adoption-date = Data da adoção
field-legal-basis-state-service-employer = Órgão público em que prestou serviço
field-legal-basis-state-service-from = Serviço desde
field-legal-basis-state-service-to = Serviço até
field-legal-basis-refugee-or-stateless = Refugiado ou apátrida
field-legal-basis-status-recognised-on = Data do reconhecimento do status

## Fields: 2 personal data
field-personal-surname = Sobrenome
field-personal-name = Nome
field-personal-birth-surname = Sobrenome de nascimento (se diferente)
field-personal-sex = Sexo
field-personal-birth-date = Data de nascimento
field-personal-birth-place-town = Local de nascimento
field-personal-birth-place-province = Província de nascimento (só Itália)
field-personal-birth-place-country = País de nascimento
field-personal-citizenships = Cidadanias atuais
field-personal-codice-fiscale = Codice fiscale (código fiscal)
field-personal-residence-street = Endereço
field-personal-residence-house-number = Número
field-personal-residence-postcode = CEP
field-personal-residence-municipality = Município de residência (Comune)
field-personal-residence-province = Província
field-personal-email = E-mail
field-personal-phone = Telefone
field-personal-marital-status = Estado civil

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Órgão emissor
field-birth-certificate-act-number = Número do registro
field-birth-certificate-issue-date = Data de emissão
field-birth-certificate-legalisation = Legalização
field-birth-certificate-legalisation-date = Data da legalização
field-birth-certificate-translated = Traduzida para o italiano (ou formulário multilíngue)
field-birth-certificate-replaced-by-atto-notorio = Substituída por um atto notorio (refugiados e apátridas)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Data da primeira entrada na Itália
field-entry-stay-permit-type = Tipo de autorização de residência (permesso di soggiorno)
field-entry-stay-permit-number = Número da autorização
field-entry-stay-permit-issuer = Questura que emitiu
field-entry-stay-permit-issue-date = Data de emissão da autorização
field-entry-stay-permit-expiry-date = Validade da autorização (vazio se ilimitada)
field-entry-stay-foreign-document-kind = Documento estrangeiro (passaporte, carteira de identidade…)
field-entry-stay-foreign-document-number = Número do documento
field-entry-stay-foreign-document-issuer = Emitido por
field-entry-stay-foreign-document-issue-date = Data de emissão
field-entry-stay-foreign-document-expiry-date = Data de validade
field-entry-stay-italian-id-card-kind = Documento italiano (opcional)
field-entry-stay-italian-id-card-number = Número do documento italiano
field-entry-stay-italian-id-card-issuer = Município emissor
field-entry-stay-italian-id-card-issue-date = Data de emissão do documento italiano
field-entry-stay-italian-id-card-expiry-date = Validade do documento italiano

## Fields: 5 residences
field-residences-periods = Residências registradas na Itália (residenza anagrafica)
field-residences-periods-municipality = Município
field-residences-periods-province = Província
field-residences-periods-from = De
field-residences-periods-to = Até (vazio se for a atual)
field-residences-periods-gap-before-reason = Interrupção antes deste período: motivo (só se houver um intervalo)
field-residences-registered-in-italy-before-14 = Registrado(a) como residente na Itália antes dos 14 anos

## Fields: 6 family
field-family-spouse-surname = Sobrenome do cônjuge
field-family-spouse-name = Nome do cônjuge
field-family-spouse-birth-date = Data de nascimento do cônjuge
field-family-spouse-birth-place-town = Local de nascimento do cônjuge
field-family-spouse-birth-place-province = Província de nascimento do cônjuge
field-family-spouse-birth-place-country = País de nascimento do cônjuge
field-family-spouse-codice-fiscale = Codice fiscale do cônjuge
field-family-spouse-italian-citizen = O cônjuge é cidadão italiano
field-family-spouse-marriage-date = Data do casamento
field-family-spouse-marriage-place = Local do casamento
field-family-spouse-transcription-municipality = Município onde o casamento foi transcrito
field-family-spouse-transcription-date = Data da transcrição
field-family-spouse-separation-date = Data da separação (se houver)
field-family-spouse-divorce-date = Data do divórcio (se houver)
field-family-spouse-annulment-date = Data da anulação (se houver)
field-family-spouse-death-date = Data do falecimento do cônjuge (se houver)
field-family-children-with-spouse = Filhos nascidos ou adotados pelo casal
field-family-household = Membros do núcleo familiar (nucleo familiare)
field-family-household-surname = Sobrenome
field-family-household-name = Nome
field-family-household-birth-date = Data de nascimento
field-family-household-birth-place-town = Local de nascimento
field-family-household-birth-place-province = Província de nascimento
field-family-household-birth-place-country = País de nascimento
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Parentesco
field-family-household-dependant = Dependente

## Fields: 7 income
field-income-years = Renda dos últimos três anos
field-income-years-year = Ano fiscal
field-income-years-amount = Renda tributável (reddito imponibile, €)
field-income-years-source = Declaração de renda
field-income-years-dependent-spouse = Cônjuge dependente naquele ano (vazio = como na seção 6)
field-income-years-other-dependants = Outros familiares dependentes naquele ano (número; vazio = da seção 6, contando os nascidos até aquele ano)
field-income-years-family-income = Renda dos membros do núcleo familiar
field-income-years-family-income-member-name = Membro do núcleo familiar
field-income-years-family-income-amount = Renda (€)
field-income-years-family-income-source = Declaração de renda
field-income-years-family-income-same-household = No mesmo registro familiar (stato di famiglia) do requerente?

## Fields: 8 criminal record
field-judicial-no-convictions = Nenhuma condenação criminal na Itália ou no exterior
field-judicial-convictions-details = Detalhes de condenações ou processos
field-judicial-pending-proceedings = Processos criminais em andamento
field-judicial-certificates = Certidões de antecedentes criminais (certificato penale) dos países de residência
field-judicial-certificates-country = País
field-judicial-certificates-issue-date = Data de emissão
field-judicial-certificates-legalisation = Legalização
field-judicial-certificates-translated = Traduzida para o italiano

## Fields: 9 language
field-language-exemption = Dispensa do certificado de idioma
field-language-certifying-body = Entidade certificadora (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Nível
field-language-certificate-number = Número do certificado
field-language-certificate-date = Data do certificado

## Fields: 10 payments
field-payments-contribution-iuv = Contribuição de 250 €: código do aviso pagoPA / IUV
field-payments-contribution-paid-on = Contribuição paga em
field-payments-contribution-amount = Valor da contribuição (€)
field-payments-stamp-duty-iuv = Selo fiscal (marca da bollo) de 16 €: código de identificação
field-payments-stamp-duty-paid-on = Selo fiscal comprado em
field-payments-stamp-duty-amount = Valor do selo fiscal (€)

## Fields: 12 declarations
field-consent-truthfulness = Declaro que os dados são verdadeiros (arts. 46, 47, 75 e 76 do DPR 445/2000)
field-consent-privacy = Li o aviso de privacidade (art. 13 do GDPR)
field-consent-reviewed = Revisei o pedido inteiro
