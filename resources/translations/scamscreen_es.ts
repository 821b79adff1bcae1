<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallStatusDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="64"/>
        <source>Is my IT desk calling me?</source>
        <translation>¿Me está llamando mi soporte informático?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="75"/>
        <source>Answer symbol</source>
        <translation>Símbolo de la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="80"/>
        <location filename="../../app/scamscreen/ui/call_status.py" line="186"/>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="82"/>
        <location filename="../../app/scamscreen/ui/call_status.py" line="188"/>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="84"/>
        <source>What went wrong</source>
        <translation>Qué ha fallado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="92"/>
        <source>The answer in full</source>
        <translation>La respuesta completa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="97"/>
        <source>Report</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="101"/>
        <source>&amp;Report it to my IT desk</source>
        <translation>&amp;Avisar a mi soporte informático</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="102"/>
        <source>&amp;Ask again</source>
        <translation>&amp;Preguntar otra vez</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="103"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="113"/>
        <location filename="../../app/scamscreen/ui/call_status.py" line="120"/>
        <source>Asking your IT desk…</source>
        <translation>Preguntando a su soporte informático…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="130"/>
        <source>{staff} from {desk} is talking to you now (ticket {ticket})</source>
        <translation>{staff}, de {desk}, está hablando con usted ahora (incidencia {ticket})</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="134"/>
        <source>{staff} from {desk} is talking to you now</source>
        <translation>{staff}, de {desk}, está hablando con usted ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="137"/>
        <source>Your IT desk&apos;s own server says so: this call started at {since} and its status ends at {until}. Still, never tell anyone your password.</source>
        <translation>Lo dice el propio servidor de su soporte informático: esta llamada empezó a las {since} y su estado termina a las {until}. Aun así, nunca diga su contraseña a nadie.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="142"/>
        <source>Nobody from {desk} is talking to you. Hang up and report it.</source>
        <translation>Nadie de {desk} está hablando con usted. Cuelgue y avise.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="144"/>
        <source>Whoever is on the line is not from your IT desk, whatever name, ticket or code they give. Do not let them into your computer.</source>
        <translation>Quien está al teléfono no es de su soporte informático, diga el nombre, la incidencia o el código que diga. No le deje entrar en su computadora.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="162"/>
        <source>This computer is not set up to ask an IT desk. If your organisation has one, ask it to set ScamScreen up for you.</source>
        <translation>Esta computadora no está preparada para preguntar a un soporte informático. Si su organización tiene uno, pídale que le configure ScamScreen.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="164"/>
        <source>ScamScreen cannot reach your IT desk right now.</source>
        <translation>ScamScreen no puede comunicarse ahora con su soporte informático.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="165"/>
        <source>Don&apos;t continue the call; call the desk on the number your organisation gave you.</source>
        <translation>No continúe la llamada; llame al soporte al número que le dio su organización.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="218"/>
        <source>Sending it to your IT desk…</source>
        <translation>Enviándolo a su soporte informático…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="223"/>
        <source>Sent to your IT desk. Now hang up.</source>
        <translation>Enviado a su soporte informático. Ahora cuelgue.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="231"/>
        <source>The report could not be sent: {problem}</source>
        <translation>No se pudo enviar el aviso: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="264"/>
        <source>Someone said they were from my IT desk while the desk was not calling me (ScamScreen asked the desk&apos;s server).</source>
        <translation>Alguien dijo ser de mi soporte informático cuando el soporte no me estaba llamando (ScamScreen preguntó al servidor del soporte).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/call_status.py" line="321"/>
        <source>Is this really your IT desk? Ask it now (Ctrl+D)</source>
        <translation>¿Es de verdad su soporte informático? Pregúntele ahora (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="70"/>
        <source>Who contacted you?</source>
        <translation>¿Quién se comunicó con usted?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="75"/>
        <source>They &amp;called me</source>
        <translation>Me &amp;llamaron</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="76"/>
        <source>I ca&amp;lled them</source>
        <translation>Yo los lla&amp;mé</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="77"/>
        <source>A &amp;pop-up on my screen</source>
        <translation>Un a&amp;viso en pantalla</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="78"/>
        <source>An &amp;email</source>
        <translation>Un &amp;correo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="79"/>
        <source>A te&amp;xt message</source>
        <translation>Un mensa&amp;je de texto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="80"/>
        <source>A chat messa&amp;ge</source>
        <translation>Un mensaje de c&amp;hat</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="81"/>
        <source>A &amp;website</source>
        <translation>Un sitio &amp;web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="104"/>
        <source>for example Microsoft, my bank, Amazon</source>
        <translation>por ejemplo Microsoft, mi banco, Amazon</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="107"/>
        <source>About the phone number</source>
        <translation>Sobre el número de teléfono</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="111"/>
        <source>Who did they say they &amp;are?</source>
        <translation>¿Quién dijeron que &amp;eran?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="112"/>
        <source>Their phone &amp;number</source>
        <translation>Su número de &amp;teléfono</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="113"/>
        <source>Their e&amp;mail address</source>
        <translation>Su dirección de c&amp;orreo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="114"/>
        <source>A lin&amp;k they gave you</source>
        <translation>Un enlace que le &amp;dieron</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="130"/>
        <source>Paste or type what you saw or hear&amp;d:</source>
        <translation>Pegue o escriba lo que vio o e&amp;scuchó:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="133"/>
        <source>What you saw or heard</source>
        <translation>Lo que vio o escuchó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="143"/>
        <source>Check a pict&amp;ure…</source>
        <translation>Comprobar una &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="144"/>
        <source>Check a picture</source>
        <translation>Comprobar una imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="146"/>
        <source>A screenshot or photo of the pop-up, text or email: its words are read on this computer and never sent anywhere. You can also paste or drop a picture into the box above.</source>
        <translation>Una captura de pantalla o una foto del aviso, el mensaje o el correo: sus palabras se leen en esta computadora y nunca se envían a ninguna parte. También puede pegar o soltar una imagen en el cuadro de arriba.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="158"/>
        <source>What we found in your text</source>
        <translation>Lo que encontramos en su texto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="161"/>
        <source>What did they ask you to do?</source>
        <translation>¿Qué le pidieron hacer?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="165"/>
        <source>Let them control my computer</source>
        <translation>Dejarlos manejar mi computadora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="166"/>
        <source>Install a program or app</source>
        <translation>Instalar un programa o app</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="167"/>
        <source>Pay with gift cards</source>
        <translation>Pagar con tarjetas de regalo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="168"/>
        <source>Send a wire transfer</source>
        <translation>Hacer una transferencia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="169"/>
        <source>Pay in Bitcoin or crypto</source>
        <translation>Pagar con Bitcoin o criptomonedas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="170"/>
        <source>Pay with Zelle, Venmo or Cash App</source>
        <translation>Pagar con Zelle, Venmo o Cash App</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="171"/>
        <source>Give my card number</source>
        <translation>Dar el número de mi tarjeta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="172"/>
        <source>Log in to my bank</source>
        <translation>Entrar a mi banco</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="173"/>
        <source>Tell them a password</source>
        <translation>Decirles una contraseña</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="174"/>
        <source>Read out a code</source>
        <translation>Leerles un código</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="175"/>
        <source>Give personal details</source>
        <translation>Dar datos personales</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="176"/>
        <source>Call a number</source>
        <translation>Llamar a un número</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="177"/>
        <source>Click a link</source>
        <translation>Abrir un enlace</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="178"/>
        <source>Keep it secret</source>
        <translation>Guardar el secreto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="179"/>
        <source>Stay on the line</source>
        <translation>No colgar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="180"/>
        <source>Buy protection or support</source>
        <translation>Comprar protección o soporte</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="181"/>
        <source>Accept a refund</source>
        <translation>Aceptar un reembolso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="192"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="199"/>
        <source>The answer so far</source>
        <translation>La respuesta hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="200"/>
        <source>&amp;See the answer</source>
        <translation>Ver la respuest&amp;a</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="201"/>
        <source>See the answer</source>
        <translation>Ver la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="212"/>
        <source>&lt; &amp;Back to what happened</source>
        <translation>&lt; &amp;Volver a lo que pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="213"/>
        <source>Back to what happened</source>
        <translation>Volver a lo que pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="427"/>
        <source>Please check this: {problem}</source>
        <translation>Revise esto, por favor: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="490"/>
        <source>{request} (found in your text)</source>
        <translation>{request} (está en su texto)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="502"/>
        <source>Numbers: {items}</source>
        <translation>Números: {items}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="505"/>
        <source>Links to: {items}</source>
        <translation>Enlaces a: {items}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="508"/>
        <source>Email addresses: {items}</source>
        <translation>Direcciones de correo: {items}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="511"/>
        <source>Remote-control programs: {items}</source>
        <translation>Programas de control remoto: {items}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_page.py" line="515"/>
        <source>Found in your text:</source>
        <translation>Encontrado en su texto:</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="45"/>
        <source>Step {n} of {count}: {title}</source>
        <translation>Paso {n} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="64"/>
        <source>I have &amp;done this step</source>
        <translation>&amp;Ya hice este paso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="68"/>
        <source>Done: {title}</source>
        <translation>Hecho: {title}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="76"/>
        <source>Your ticks are saved. You can stop and come back to these steps later from History.</source>
        <translation>Sus marcas quedan guardadas. Puede parar y volver a estos pasos más tarde desde el Historial.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="85"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="86"/>
        <source>&amp;Next step &gt;</source>
        <translation>&amp;Siguiente paso &gt;</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="87"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="88"/>
        <source>&amp;Close for now</source>
        <translation>&amp;Cerrar por ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/checklist.py" line="95"/>
        <source>Your ticks are saved: you can come back to these steps from History.</source>
        <translation>Sus marcas quedan guardadas: puede volver a estos pasos desde el Historial.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="47"/>
        <source>Chosen contact</source>
        <translation>Contacto elegido</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="49"/>
        <source>About this contact</source>
        <translation>Sobre este contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="50"/>
        <source>What was sa&amp;id or shown:</source>
        <translation>Lo que se dijo o se &amp;mostró:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="54"/>
        <source>What was said or shown</source>
        <translation>Lo que se dijo o se mostró</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="58"/>
        <source>Why it got its verdict</source>
        <translation>Por qué recibió su veredicto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="60"/>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="107"/>
        <source>Seen before</source>
        <translation>Visto antes</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="62"/>
        <source>What it turned out to be</source>
        <translation>Lo que resultó ser</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="66"/>
        <source>&amp;Mark as scam</source>
        <translation>Es una &amp;estafa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="67"/>
        <source>Mark as &amp;genuine</source>
        <translation>Es &amp;legítimo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="68"/>
        <source>&amp;Not sure</source>
        <translation>&amp;No estoy seguro</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="75"/>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="79"/>
        <source>&amp;Check it step by step</source>
        <translation>&amp;Comprobar paso a paso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="80"/>
        <source>I let them in or paid: &amp;recovery steps</source>
        <translation>Los dejé entrar o pagué: pasos para recu&amp;perarse</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="85"/>
        <source>Share a summar&amp;y…</source>
        <translation>Compartir re&amp;sumen…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="86"/>
        <source>Share a summary of this contact</source>
        <translation>Compartir un resumen de este contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="89"/>
        <source>Re&amp;port it…</source>
        <translation>Denunc&amp;iarlo…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="91"/>
        <source>A report of this contact for the authorities</source>
        <translation>Una denuncia de este contacto para las autoridades</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="100"/>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="106"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="117"/>
        <source>The chosen contact</source>
        <translation>El contacto elegido</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="143"/>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="144"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="154"/>
        <source>Seen by your team {n} times this week.</source>
        <translation>Su equipo lo ha visto {n} veces esta semana.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="162"/>
        <source>No steps ticked yet.</source>
        <translation>Todavía no hay pasos marcados.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="165"/>
        <source>Checking steps done: {n}</source>
        <translation>Pasos de comprobación hechos: {n}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="167"/>
        <source>Recovery steps done: {n}</source>
        <translation>Pasos de recuperación hechos: {n}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="179"/>
        <source>Choose a contact in the list to see what was said.</source>
        <translation>Elija un contacto de la lista para ver lo que se dijo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="182"/>
        <source>You can then mark what it turned out to be: a scam, or genuine.</source>
        <translation>Después puede marcar lo que resultó ser: una estafa o algo legítimo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="190"/>
        <source>{verdict}: {org}</source>
        <translation>{verdict}: {org}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="192"/>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="247"/>
        <source>no organisation given</source>
        <translation>no dijeron de dónde eran</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="196"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="197"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="198"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="199"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="200"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="201"/>
        <source>Risk score</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="201"/>
        <source>{score} out of 100</source>
        <translation>{score} de 100</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="202"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="205"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="208"/>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="217"/>
        <source>This entry is damaged: why it got its verdict was saved but could not be read. The rest is shown as it was saved.</source>
        <translation>Esta entrada está dañada: el porqué de su veredicto se guardó, pero no se pudo leer. El resto se muestra tal como se guardó.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="224"/>
        <source>Part of this entry is damaged and could not be read; the rest is shown as it was saved.</source>
        <translation>Una parte de esta entrada está dañada y no se pudo leer; el resto se muestra tal como se guardó.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="229"/>
        <source>No warning signs were found.</source>
        <translation>No se encontraron señales de alarma.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="234"/>
        <source>Not seen before: no other contact used this number or website.</source>
        <translation>No visto antes: ningún otro contacto usó este número o sitio web.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="241"/>
        <source>same number {value}</source>
        <translation>mismo número {value}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="243"/>
        <source>same website {value}</source>
        <translation>mismo sitio web {value}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="245"/>
        <source>• {when}: {org}, {verdict} ({shared})</source>
        <translation>• {when}: {org}, {verdict} ({shared})</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_detail.py" line="253"/>
        <source>…and {n} more.</source>
        <translation>…y {n} más.</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="147"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="152"/>
        <source>Everything you save stays on this computer, in this folder:</source>
        <translation>Todo lo que guarda se queda en esta computadora, en esta carpeta:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="155"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="158"/>
        <source>&amp;Open folder</source>
        <translation>Abrir carp&amp;eta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="159"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="160"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Restaurar desde una copia de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="171"/>
        <source>Backup and restore</source>
        <translation>Copia de seguridad y restauración</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="192"/>
        <source>The folder {folder} cannot be made: {problem}</source>
        <translation>No se puede crear la carpeta {folder}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="199"/>
        <source>The folder could not be opened. It is at: {folder}</source>
        <translation>No se pudo abrir la carpeta. Está en: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="216"/>
        <source>Backed up. The copy is in: {path}</source>
        <translation>Copia hecha. Está en: {path}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="221"/>
        <source>The backup could not be made: {problem}</source>
        <translation>No se pudo hacer la copia de seguridad: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="225"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="233"/>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="235"/>
        <source>ScamScreen backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de ScamScreen (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="242"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="244"/>
        <source>Your history will be replaced by the one in {file}. Contacts saved after that backup was made will no longer be in it.

Your current history is kept first as a safety copy, so you can go back.</source>
        <translation>Su historial se reemplazará por el de {file}. Los contactos guardados después de hacer esa copia ya no estarán en él.

Antes se guarda su historial actual como copia de respaldo, para que pueda volver atrás.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="270"/>
        <source>Your history was restored from {file}. Your history as it was just before is kept as a safety copy in: {safety}</source>
        <translation>Su historial se restauró desde {file}. Su historial como estaba justo antes se guarda como copia de respaldo en: {safety}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="281"/>
        <source>Nothing was changed. {file} is not a ScamScreen backup that can be restored ({problem}).</source>
        <translation>No se cambió nada. {file} no es una copia de seguridad de ScamScreen que se pueda restaurar ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="285"/>
        <source>The backup could not be restored: {problem}</source>
        <translation>No se pudo restaurar la copia de seguridad: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="292"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
</context>
<context>
    <name>FtcImportDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="318"/>
        <source>Import FTC complaints</source>
        <translation>Importar quejas de la FTC</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="324"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="344"/>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="384"/>
        <source>{count} report</source>
        <translation>{count} denuncia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="344"/>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="384"/>
        <source>{count} reports</source>
        <translation>{count} denuncias</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="348"/>
        <source>Read {reports}. Adding their numbers to your lists…</source>
        <translation>Se leyeron {reports}. Agregando sus números a sus listas…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="354"/>
        <source>Reading the file: {reports} so far ({done} of {total}).</source>
        <translation>Leyendo el archivo: {reports} hasta ahora ({done} de {total}).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="365"/>
        <source>This file was imported before, so nothing was added: the numbers in it are already counted.</source>
        <translation>Este archivo ya se importó antes, así que no se agregó nada: sus números ya están contados.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="373"/>
        <source>Done. {count} new number was added to your scam lists</source>
        <translation>Listo. Se agregó {count} número nuevo a sus listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="374"/>
        <source>Done. {count} new numbers were added to your scam lists</source>
        <translation>Listo. Se agregaron {count} números nuevos a sus listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="380"/>
        <source>, and {count} that was already on them was brought up to date</source>
        <translation>, y se actualizó {count} que ya estaba en ellas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="381"/>
        <source>, and {count} that were already on them were brought up to date</source>
        <translation>, y se actualizaron {count} que ya estaban en ellas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="385"/>
        <source>The file held {reports}.</source>
        <translation>El archivo tenía {reports}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="390"/>
        <source>{count} report gave no phone number and was left out.</source>
        <translation>{count} denuncia no tenía número de teléfono y se dejó fuera.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="391"/>
        <source>{count} reports gave no phone number and were left out.</source>
        <translation>{count} denuncias no tenían número de teléfono y se dejaron fuera.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="398"/>
        <source>{count} line could not be used and was skipped:</source>
        <translation>{count} línea no se pudo usar y se saltó:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="399"/>
        <source>{count} lines could not be used and were skipped:</source>
        <translation>{count} líneas no se pudieron usar y se saltaron:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="403"/>
        <source>Every line could be read.</source>
        <translation>Se pudieron leer todas las líneas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="407"/>
        <source>• Line {line}: {problem}</source>
        <translation>• Línea {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="415"/>
        <source>• and {count} more line.</source>
        <translation>• y {count} línea más.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="416"/>
        <source>• and {count} more lines.</source>
        <translation>• y {count} líneas más.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="433"/>
        <source>The import was stopped. Nothing was changed: your lists are as they were.</source>
        <translation>Se detuvo la importación. No se cambió nada: sus listas siguen como estaban.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="439"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="445"/>
        <source>The numbers could not be added to your lists ({problem}). Nothing was changed: close other copies of ScamScreen and try again.</source>
        <translation>No se pudieron agregar los números a sus listas ({problem}). No se cambió nada: cierre las otras ventanas de ScamScreen e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="454"/>
        <source>The import could not be finished because of an unexpected problem. Nothing was changed.</source>
        <translation>No se pudo terminar la importación por un problema inesperado. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="108"/>
        <source>&amp;Ticket reference</source>
        <translation>Re&amp;ferencia del caso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="109"/>
        <source>Staff mem&amp;ber</source>
        <translation>Em&amp;pleado que atiende</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="110"/>
        <source>&amp;Reported by</source>
        <translation>Lo &amp;reportó</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="40"/>
        <source>Search by name, number, words…</source>
        <translation>Busque por nombre, número, palabras…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="41"/>
        <source>Search your history</source>
        <translation>Buscar en su historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="44"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="48"/>
        <source>Show verdict</source>
        <translation>Mostrar veredicto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="89"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="52"/>
        <source>Show outcome</source>
        <translation>Mostrar resultado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="56"/>
        <source>How many contacts are shown</source>
        <translation>Cuántos contactos se muestran</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="64"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="65"/>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredicto:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="66"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="78"/>
        <source>Share the last 30 &amp;days…</source>
        <translation>Compartir los últimos 30 &amp;días…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="79"/>
        <source>Share a summary of the last 30 days</source>
        <translation>Compartir un resumen de los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="119"/>
        <source>No contacts match.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_filters.py" line="121"/>
        <source>No contacts yet. Checks you save appear here.</source>
        <translation>Todavía no hay contactos. Aquí aparecen las comprobaciones que guarde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/scamscreen/ui/history_filters.py" line="124"/>
        <source>%n contact</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/scamscreen/ui/history_filters.py" line="126"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="136"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="137"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="138"/>
        <source>Who they said</source>
        <translation>Quién dijeron ser</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="139"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="140"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="141"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="155"/>
        <source>none given</source>
        <translation>no lo dijeron</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="169"/>
        <source>{verdict} (damaged entry)</source>
        <translation>{verdict} (entrada dañada)</translation>
    </message>
</context>
<context>
    <name>HistoryOverview</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="40"/>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="47"/>
        <source>Most often impersonated</source>
        <translation>Empresas más suplantadas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="44"/>
        <source>Contacts per week</source>
        <translation>Contactos por semana</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="50"/>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="51"/>
        <source>Seen more than once this week</source>
        <translation>Vistos más de una vez esta semana</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="64"/>
        <source>No number or website was seen more than once in the last 7 days.</source>
        <translation>Ningún número ni sitio web se vio más de una vez en los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="69"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="79"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="81"/>
        <source>{kind} {value}: {count} contacts, last {when}</source>
        <translation>{kind} {value}: {count} contactos, el último {when}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="92"/>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="98"/>
        <source>{n}. {name}: {contacts}</source>
        <translation>{n}. {name}: {contacts}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="101"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="103"/>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="106"/>
        <source>, {scams}</source>
        <translation>, {scams}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="107"/>
        <source>1 likely scam</source>
        <translation>1 probable estafa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_overview.py" line="109"/>
        <source>{count} likely scams</source>
        <translation>{count} probables estafas</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="83"/>
        <source>Problem with your history</source>
        <translation>Problema con su historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="86"/>
        <source>Whose contacts these are</source>
        <translation>De quién son estos contactos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="114"/>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="130"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="194"/>
        <source>Your team&apos;s contacts: desk “{desk}”, on the team server.</source>
        <translation>Los contactos de su equipo: mesa «{desk}», en el servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="351"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_page.py" line="409"/>
        <source>Your history could not be used just now, and nothing was changed: {problem}</source>
        <translation>Su historial no se pudo usar en este momento, y no se cambió nada: {problem}</translation>
    </message>
</context>
<context>
    <name>KeepPictureBox</name>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="47"/>
        <source>The picture that was read</source>
        <translation>La imagen que se leyó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="49"/>
        <source>Keep the picture with this c&amp;ontact</source>
        <translation>Guardar la imagen &amp;y el contacto juntos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="50"/>
        <source>Keep the picture with this contact</source>
        <translation>Guardar la imagen con este contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="90"/>
        <source>Pictures are never sent to your team, so in team mode they are not kept: keep a copy of it yourself if you need one.</source>
        <translation>Las imágenes nunca se envían a su equipo, así que en el modo de equipo no se guardan: guarde usted mismo una copia si la necesita.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="92"/>
        <source>It stays on this computer, in your history; it is never sent anywhere.</source>
        <translation>Se queda en este equipo, en su historial; nunca se envía a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/keep_picture.py" line="53"/>
        <source>About keeping the picture</source>
        <translation>Sobre guardar la imagen</translation>
    </message>
</context>
<context>
    <name>KeptPictureView</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="98"/>
        <source>The picture you kept</source>
        <translation>La imagen que guardó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="100"/>
        <source>About the picture</source>
        <translation>Sobre la imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="102"/>
        <source>The picture kept with this contact</source>
        <translation>La imagen guardada con este contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="104"/>
        <source>Open the pic&amp;ture</source>
        <translation>Abrir la ima&amp;gen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="105"/>
        <source>Open the picture</source>
        <translation>Abrir la imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="107"/>
        <source>R&amp;emove the picture</source>
        <translation>B&amp;orrar la imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="108"/>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="177"/>
        <source>Remove the picture</source>
        <translation>Borrar la imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="145"/>
        <source>Kept on this computer only ({kind}, {width} × {height}).</source>
        <translation>Guardada solo en este equipo ({kind}, {width} × {height}).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="178"/>
        <source>Remove the picture kept with this contact? It is deleted for good; the contact and what was read from the picture stay.</source>
        <translation>¿Borrar la imagen guardada con este contacto? Se borra para siempre; el contacto y lo que se leyó de la imagen se quedan.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="183"/>
        <source>&amp;Remove it</source>
        <translation>&amp;Borrarla</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="184"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="185"/>
        <source>Remove it</source>
        <translation>Borrarla</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="186"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
</context>
<context>
    <name>ListsSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="42"/>
        <source>Scam lists</source>
        <translation>Listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="59"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="64"/>
        <source>No update server is set up for this copy, so newer scam lists cannot be downloaded.</source>
        <translation>Esta copia no tiene un servidor de actualizaciones, así que no puede descargar listas de estafas más nuevas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="68"/>
        <source>Where updates come from</source>
        <translation>De dónde vienen las actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="71"/>
        <source>Reading when the lists were last updated…</source>
        <translation>Viendo cuándo se actualizaron las listas por última vez…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="72"/>
        <source>The last update</source>
        <translation>La última actualización</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="75"/>
        <source>Data version, for a helper</source>
        <translation>Versión de los datos, para quien le ayuda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="80"/>
        <source>Up&amp;date now</source>
        <translation>Actua&amp;lizar ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="82"/>
        <source>Get the newest lists of scam numbers and websites now.</source>
        <translation>Descargue ahora las listas más nuevas de números y sitios web de estafas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="84"/>
        <source>Check for &amp;updates to the scam lists</source>
        <translation>Buscar actuali&amp;zaciones de las listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="85"/>
        <source>Check for updates to the scam lists</source>
        <translation>Buscar actualizaciones de las listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="93"/>
        <source>Only new lists of scam numbers and websites are downloaded. Nothing about you or your history is sent.</source>
        <translation>Solo se descargan listas nuevas de números y sitios web de estafas. No se envía nada sobre usted ni su historial.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="99"/>
        <source>What the lists hold</source>
        <translation>Lo que tienen las listas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="100"/>
        <source>Reading the scam lists…</source>
        <translation>Leyendo las listas de estafas…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="101"/>
        <source>What the scam lists hold</source>
        <translation>Lo que tienen las listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="104"/>
        <source>&amp;Import FTC complaints…</source>
        <translation>Importar &amp;quejas de la FTC…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="107"/>
        <source>Add the numbers from a file of reported calls that you downloaded from the FTC (the U.S. Federal Trade Commission).</source>
        <translation>Agregue los números de un archivo de llamadas denunciadas que descargó de la FTC (la Comisión Federal de Comercio de EE. UU.).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="112"/>
        <source>&amp;Your block and allow lists…</source>
        <translation>Sus listas de bloqueo y de con&amp;fianza…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="115"/>
        <source>Numbers and websites you want ScamScreen to warn you about, or that you know are real.</source>
        <translation>Números y sitios web de los que quiere que ScamScreen le avise, o que usted sabe que son reales.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="158"/>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="178"/>
        <source>The scam lists cannot be read right now: {problem}</source>
        <translation>Las listas de estafas no se pueden leer en este momento: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="189"/>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="190"/>
        <source>{count} from updates</source>
        <translation>{count} de las actualizaciones</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="194"/>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="195"/>
        <source>{count} from FTC complaints you imported</source>
        <translation>{count} de quejas de la FTC que usted importó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="199"/>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="200"/>
        <source>{count} from your team&apos;s lists</source>
        <translation>{count} de las listas de su equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="204"/>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="205"/>
        <source>{count} that came with ScamScreen</source>
        <translation>{count} que venían con ScamScreen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="213"/>
        <source>The scam lists hold {count} known scam number or website</source>
        <translation>Las listas tienen {count} número o sitio web de estafa conocido</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="214"/>
        <source>The scam lists hold {count} known scam numbers and websites</source>
        <translation>Las listas tienen {count} números y sitios web de estafa conocidos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="220"/>
        <source>The scam lists are empty for now: “Update now” or an FTC import fills them.</source>
        <translation>Por ahora las listas de estafas están vacías: “Actualizar ahora” o importar de la FTC las llena.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="225"/>
        <source>The scam lists are empty for now: an FTC import fills them.</source>
        <translation>Por ahora las listas de estafas están vacías: importar de la FTC las llena.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="227"/>
        <source>Your own lists: {blocked} blocked, {allowed} allowed.</source>
        <translation>Sus propias listas: {blocked} bloqueados, {allowed} de confianza.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="235"/>
        <source>Last FTC import: {file}, on {date}.</source>
        <translation>Última importación de la FTC: {file}, el {date}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="245"/>
        <source>No update has been downloaded yet. ScamScreen uses the lists and company details it came with.</source>
        <translation>Todavía no se ha descargado ninguna actualización. ScamScreen usa las listas y los datos de empresas con los que vino.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="250"/>
        <source>Last update: version {version}, downloaded on {date}.</source>
        <translation>Última actualización: versión {version}, descargada el {date}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="254"/>
        <source>It is in use.</source>
        <translation>Está en uso.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="257"/>
        <source>It is not in use: {why}</source>
        <translation>No está en uso: {why}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="261"/>
        <source>For a helper: data version {in_use} is in use (from update {version}); the data that came with ScamScreen is version {shipped}.</source>
        <translation>Para quien le ayuda: está en uso la versión de datos {in_use} (de la actualización {version}); los datos que vinieron con ScamScreen son la versión {shipped}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="266"/>
        <source>For a helper: the data in use is the data that came with ScamScreen, version {shipped}.</source>
        <translation>Para quien le ayuda: los datos en uso son los que vinieron con ScamScreen, versión {shipped}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="308"/>
        <source>Choose the FTC file of reported calls</source>
        <translation>Elija el archivo de la FTC con llamadas denunciadas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_lists.py" line="310"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="63"/>
        <location filename="../../app/scamscreen/ui/main_window.py" line="64"/>
        <source>ScamScreen</source>
        <translation>ScamScreen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="77"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="89"/>
        <source>Check a contact</source>
        <translation>Comprobar un contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="90"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="91"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="104"/>
        <source>&amp;New check</source>
        <translation>&amp;Nueva comprobación</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="110"/>
        <source>&amp;Find in history</source>
        <translation>&amp;Buscar en el historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="117"/>
        <source>&amp;About ScamScreen</source>
        <translation>&amp;Acerca de ScamScreen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="119"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="122"/>
        <source>&amp;Leave simple mode…</source>
        <translation>Salir del modo &amp;sencillo…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="232"/>
        <source>The known-scam lists cannot be used: {problem}</source>
        <translation>No se pueden usar las listas de estafas conocidas: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/auto_update.py" line="73"/>
        <source>The scam lists were updated (version {version}).</source>
        <translation>Se actualizaron las listas de estafas (versión {version}).</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/auto_update.py" line="77"/>
        <source>Could not check for new scam lists: {problem}</source>
        <translation>No se pudo buscar listas de estafas nuevas: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/auto_update.py" line="81"/>
        <source>The scam lists are up to date.</source>
        <translation>Las listas de estafas están al día.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/auto_update.py" line="93"/>
        <source>Could not check for new scam lists just now.</source>
        <translation>No se pudo buscar listas de estafas nuevas en este momento.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="355"/>
        <source>ScamScreen {version}

Checks a &apos;support&apos; call, pop-up, email or text against the companies&apos; real contact details and the signs of a scam, and tells you what to do.

Everything you save stays on this computer. ScamScreen sends nothing about you anywhere.

Data version in use: {data}
Free software under the MIT licence.</source>
        <translation>ScamScreen {version}

Compara una llamada, una ventana emergente, un correo o un mensaje de &quot;soporte&quot; con los datos de contacto reales de las empresas y con las señales de una estafa, y le dice qué hacer.

Todo lo que guarda se queda en esta computadora. ScamScreen no envía nada sobre usted a ninguna parte.

Versión de los datos en uso: {data}
Software libre con licencia MIT.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="365"/>
        <location filename="../../app/scamscreen/ui/main_window.py" line="368"/>
        <source>About ScamScreen</source>
        <translation>Acerca de ScamScreen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="433"/>
        <source>Saved to your history.</source>
        <translation>Guardado en su historial.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="464"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="465"/>
        <source>Your check could not be saved to the history:
{problem}</source>
        <translation>Su comprobación no se pudo guardar en el historial:
{problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/main_window.py" line="126"/>
        <source>Is my IT &amp;desk calling me?</source>
        <translation>¿Me está llamando mi soporte &amp;informático?</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="41"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="42"/>
        <source>Your team password</source>
        <translation>La contraseña de su equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="45"/>
        <source>The password for {where}, from the person who runs your team server. ScamScreen keeps it in this computer&apos;s keyring, not in its settings.</source>
        <translation>La contraseña para {where}, de la persona que administra el servidor de su equipo. ScamScreen la guarda en el llavero de esta computadora, no en su configuración.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="51"/>
        <source>Team password</source>
        <translation>Contraseña del equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="52"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="56"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="58"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="59"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="86"/>
        <source>This number cannot exist as written. Check it, or it may be faked.</source>
        <translation>Este número no puede existir tal como está escrito. Revíselo; puede ser falso.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="88"/>
        <source>This is a premium-rate number: calling it costs a lot of money.</source>
        <translation>Es un número de tarifa especial: llamar cuesta mucho dinero.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/check_fields.py" line="90"/>
        <source>This number is in another country ({country}).</source>
        <translation>Este número es de otro país ({country}).</translation>
    </message>
</context>
<context>
    <name>PictureReader</name>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="80"/>
        <location filename="../../app/scamscreen/ui/picture.py" line="111"/>
        <location filename="../../app/scamscreen/ui/picture.py" line="137"/>
        <location filename="../../app/scamscreen/ui/picture.py" line="153"/>
        <source>Check a picture</source>
        <translation>Comprobar una imagen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="81"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="99"/>
        <source>the pasted picture</source>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="109"/>
        <source>Reading the words on the picture…</source>
        <translation>Leyendo las palabras de la imagen…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="138"/>
        <source>No words were found in this picture. Take the screenshot again with the message in view, or type what it says.</source>
        <translation>No se encontraron palabras en esta imagen. Vuelva a hacer la captura con el mensaje a la vista, o escriba lo que dice.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/picture.py" line="154"/>
        <source>This picture cannot be checked: {problem}</source>
        <translation>Esta imagen no se puede comprobar: {problem}</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="54"/>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="55"/>
        <source>The picture kept with this contact</source>
        <translation>La imagen guardada con este contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="57"/>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="61"/>
        <source>The picture, full size</source>
        <translation>La imagen, a tamaño completo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="67"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_picture.py" line="69"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="145"/>
        <location filename="../../app/scamscreen/ui/family.py" line="146"/>
        <source>Leave simple mode</source>
        <translation>Salir del modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="151"/>
        <source>Simple mode was set up by your helper. To see everything again, type the PIN they chose.</source>
        <translation>El modo sencillo lo configuró la persona que le ayuda. Para ver todo otra vez, escriba el PIN que eligió.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="156"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="158"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="163"/>
        <source>About the PIN</source>
        <translation>Sobre el PIN</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="168"/>
        <source>&amp;Leave simple mode</source>
        <translation>&amp;Salir del modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="171"/>
        <source>&amp;Stay in simple mode</source>
        <translation>&amp;Quedarme en el modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="185"/>
        <source>That was too many wrong tries. Please wait {seconds} seconds, then try again.</source>
        <translation>Fueron demasiados intentos equivocados. Espere {seconds} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="204"/>
        <source>That PIN is not right. Tries left before a short wait: {n}</source>
        <translation>Ese PIN no es correcto. Intentos que le quedan antes de una breve espera: {n}</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="219"/>
        <source>Microsoft will never call you.</source>
        <translation>Microsoft nunca lo va a llamar.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="220"/>
        <source>Nobody legitimate asks for gift cards.</source>
        <translation>Nadie legítimo le pide tarjetas de regalo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="221"/>
        <source>Never let a stranger into your computer.</source>
        <translation>Nunca deje que un desconocido entre a su computadora.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="222"/>
        <source>Hang up. Look the number up yourself. Call back.</source>
        <translation>Cuelgue. Busque el número usted mismo. Vuelva a llamar.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="227"/>
        <source>Before you pay anyone, call {name}: {phone}</source>
        <translation>Antes de pagarle a alguien, llame a {name}: {phone}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="230"/>
        <source>your trusted person</source>
        <translation>su persona de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="234"/>
        <source>Before you pay anyone, call someone you trust.</source>
        <translation>Antes de pagarle a alguien, llame a alguien de confianza.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/family.py" line="237"/>
        <source>Stop and check</source>
        <translation>Deténgase y compruebe</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="63"/>
        <source>The report</source>
        <translation>La denuncia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="68"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="72"/>
        <source>&amp;Open the report page</source>
        <translation>&amp;Abrir la página de denuncia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="75"/>
        <source>Opens the reporting page in your browser and copies the report, ready to paste</source>
        <translation>Abre la página de denuncias en su navegador y copia la denuncia, lista para pegar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="80"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="84"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="100"/>
        <source>The report is copied. Paste it where you need it.</source>
        <translation>La denuncia está copiada. Péguela donde la necesite.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="110"/>
        <source>The report page is opening in your browser. The report is copied: paste it (Ctrl+V) into the form&apos;s description box.</source>
        <translation>La página de denuncias se está abriendo en su navegador. La denuncia está copiada: péguela (Ctrl+V) en el cuadro de descripción del formulario.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="119"/>
        <source>Save the report as PDF</source>
        <translation>Guardar la denuncia como PDF</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="128"/>
        <source>The PDF could not be saved: {0}</source>
        <translation>No se pudo guardar el PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="130"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="140"/>
        <source>Print the report</source>
        <translation>Imprimir la denuncia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/report.py" line="144"/>
        <source>The report was sent to the printer.</source>
        <translation>La denuncia se envió a la impresora.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="36"/>
        <source>Forgetting old contacts</source>
        <translation>Olvidar contactos viejos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="44"/>
        <source>Keep everything</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="45"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="48"/>
        <source>Forget contacts &amp;after:</source>
        <translation>Olvidar contactos &amp;después de:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="51"/>
        <source>Contacts older than this are deleted for good each time ScamScreen opens your history. Choose “Keep everything” to keep them all.</source>
        <translation>Los contactos más antiguos se borran para siempre cada vez que ScamScreen abre su historial. Elija “Guardar todo” para conservarlos todos.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="57"/>
        <source>About forgetting old contacts</source>
        <translation>Sobre olvidar contactos viejos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="80"/>
        <source>How long contacts are kept cannot be changed now: {problem}</source>
        <translation>Ahora no se puede cambiar cuánto tiempo se guardan los contactos: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_data.py" line="122"/>
        <source>How long contacts are kept could not be saved: {problem}</source>
        <translation>No se pudo guardar cuánto tiempo se guardan los contactos: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="83"/>
        <source>Changes are saved as soon as you make them.</source>
        <translation>Los cambios se guardan en cuanto los hace.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="86"/>
        <source>Problem saving settings</source>
        <translation>Problema al guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="121"/>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="129"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="216"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="217"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="218"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="219"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="220"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="221"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="222"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="223"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="224"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="225"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="226"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="230"/>
        <source>Your country</source>
        <translation>Su país</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="243"/>
        <source>&amp;Country or region:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="246"/>
        <source>Phone numbers written without a country code are read as numbers from this country.</source>
        <translation>Los números de teléfono escritos sin código de país se leen como números de este país.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="261"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="269"/>
        <source>Language of the &amp;words:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="270"/>
        <source>A new language shows the next time ScamScreen opens.</source>
        <translation>El idioma nuevo se ve la próxima vez que abra ScamScreen.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="274"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="283"/>
        <source>Te&amp;xt size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="305"/>
        <source>He&amp;lp-desk mode</source>
        <translation>Modo de mesa de a&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="312"/>
        <source>Adds a ticket reference, the staff member and who reported it to each check, shows the numbers and websites seen more than once this week in History, and lets the desk share one history on a team server.</source>
        <translation>Agrega a cada comprobación una referencia del caso, el empleado que atiende y quién lo reportó, muestra en el Historial los números y sitios web vistos más de una vez esta semana, y permite que la mesa comparta un historial en un servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="285"/>
        <source>How big all the writing is: 100% is normal, 200% is twice as big.</source>
        <translation>Qué tan grande se ve todo lo escrito: 100% es lo normal, 200% es el doble de grande.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="291"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="292"/>
        <source>Hi&amp;gh contrast colours</source>
        <translation>Colores de alto &amp;contraste</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="293"/>
        <source>High contrast colours</source>
        <translation>Colores de alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="298"/>
        <source>White writing on a black background, with what is selected in yellow.</source>
        <translation>Letras blancas sobre fondo negro, con lo seleccionado en amarillo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="304"/>
        <source>Help desks</source>
        <translation>Mesas de ayuda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="306"/>
        <source>Help-desk mode</source>
        <translation>Modo de mesa de ayuda</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_page.py" line="328"/>
        <source>Your settings could not be saved to {file}. They apply until ScamScreen is closed.</source>
        <translation>Su configuración no se pudo guardar en {file}. Se aplica hasta que cierre ScamScreen.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="125"/>
        <source>Share a summary</source>
        <translation>Compartir un resumen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="130"/>
        <source>Copy this and paste it into an email or a message to someone you trust.</source>
        <translation>Copie esto y péguelo en un correo o un mensaje para alguien de confianza.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="133"/>
        <source>Leave out my &amp;personal details</source>
        <translation>Dejar fuera mis datos &amp;personales</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="134"/>
        <source>Leave out my personal details</source>
        <translation>Dejar fuera mis datos personales</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="138"/>
        <source>The &amp;summary:</source>
        <translation>El &amp;resumen:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="142"/>
        <source>The summary</source>
        <translation>El resumen</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="147"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="148"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="157"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="170"/>
        <source>Copied. You can now paste it.</source>
        <translation>Copiado. Ya puede pegarlo.</translation>
    </message>
</context>
<context>
    <name>SimpleModeSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="110"/>
        <source>Simple mode</source>
        <translation>Modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="113"/>
        <source>For a helper setting ScamScreen up for someone: simple mode shows only the check, its answer and the step-by-step lists. Choose a PIN of 4 to 8 digits: it is needed to leave simple mode.</source>
        <translation>Para quien configura ScamScreen para otra persona: el modo sencillo muestra solo la comprobación, su respuesta y las listas de pasos. Elija un PIN de 4 a 8 cifras: se necesita para salir del modo sencillo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="121"/>
        <source>&amp;Simple mode PIN:</source>
        <translation>PIN del modo &amp;sencillo:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="122"/>
        <source>PIN again (to chec&amp;k):</source>
        <translation>PIN otra vez (para compro&amp;barlo):</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="123"/>
        <source>Turn on simple mod&amp;e</source>
        <translation>Activar el &amp;modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="125"/>
        <source>About simple mode</source>
        <translation>Sobre el modo sencillo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="134"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 cifras.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="136"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Los dos PIN no son iguales. Escríbalos otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="64"/>
        <source>No contacts were saved in the last {days} days.</source>
        <translation>No se guardó ningún contacto en los últimos {days} días.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="65"/>
        <source>ScamScreen: {count} contacts in the last {days} days</source>
        <translation>ScamScreen: {count} contactos en los últimos {days} días</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="69"/>
        <source>ScamScreen: one contact</source>
        <translation>ScamScreen: un contacto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="72"/>
        <source>(Personal details and account numbers are left out.)</source>
        <translation>(Se dejaron fuera los datos personales y los números de cuenta.)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="85"/>
        <source>{when}: {verdict}</source>
        <translation>{when}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="91"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="92"/>
        <source>They said they were</source>
        <translation>Dijeron ser</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="93"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="94"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="95"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="96"/>
        <source>Risk score</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="96"/>
        <source>{score} out of 100</source>
        <translation>{score} de 100</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="97"/>
        <source>Turned out to be</source>
        <translation>Resultó ser</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="98"/>
        <source>Paid how</source>
        <translation>Cómo pagó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="100"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="103"/>
        <source>Warning signs:</source>
        <translation>Señales de alarma:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/share.py" line="107"/>
        <source>What was said or shown:</source>
        <translation>Lo que se dijo o se mostró:</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="55"/>
        <source>Contacts waiting to go to your team</source>
        <translation>Contactos que esperan para ir a su equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="139"/>
        <source>{n} contacts waiting to go to your team</source>
        <translation>{n} contactos esperan para ir a su equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="141"/>
        <source>1 contact waiting to go to your team</source>
        <translation>1 contacto espera para ir a su equipo</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="81"/>
        <source>Your team</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="91"/>
        <source>A help desk can keep one history for the whole team on a server your IT department runs: everyone sees what the others saved. ScamScreen connects to it only with TLS and a checked certificate.</source>
        <translation>Una mesa de ayuda puede tener un solo historial para todo el equipo en un servidor que administra su departamento de informática: cada uno ve lo que guardaron los demás. ScamScreen se conecta a él solo con TLS y un certificado comprobado.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="98"/>
        <source>postgresql://NAME@SERVER/scamscreen?sslrootcert=ca.crt</source>
        <translation>postgresql://NOMBRE@SERVIDOR/scamscreen?sslrootcert=ca.crt</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="100"/>
        <source>Team ser&amp;ver address:</source>
        <translation>Dirección del ser&amp;vidor del equipo:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="102"/>
        <source>The address your IT department gave you, without the password.</source>
        <translation>La dirección que le dio su departamento de informática, sin la contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="105"/>
        <source>The team server in use</source>
        <translation>El servidor del equipo en uso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="108"/>
        <source>Who you are on the team</source>
        <translation>Quién es usted en el equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="111"/>
        <source>&amp;Join…</source>
        <translation>Uni&amp;rse…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="112"/>
        <source>&amp;Test the connection</source>
        <translation>Probar la cone&amp;xión</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="113"/>
        <source>Lea&amp;ve the team…</source>
        <translation>Deja&amp;r el equipo…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="117"/>
        <source>About the team connection</source>
        <translation>Sobre la conexión con el equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="139"/>
        <source>Team server: {address}</source>
        <translation>Servidor del equipo: {address}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="144"/>
        <source>You are {user} ({role}) on the desk “{desk}”.</source>
        <translation>Usted es {user} ({role}) en la mesa «{desk}».</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="154"/>
        <source>staff</source>
        <translation>empleado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="155"/>
        <source>desk lead</source>
        <translation>responsable de la mesa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="156"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="168"/>
        <source>Not a secure connection: ScamScreen connects to a team server only with TLS and a checked certificate, so it did not connect.</source>
        <translation>La conexión no es segura: ScamScreen se conecta a un servidor del equipo solo con TLS y un certificado comprobado, así que no se conectó.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="172"/>
        <source>The server does not offer a secure (TLS) connection, so ScamScreen sent it nothing. Ask your IT department to turn TLS on.</source>
        <translation>El servidor no ofrece una conexión segura (TLS), así que ScamScreen no le envió nada. Pida a su departamento de informática que active TLS.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="176"/>
        <source>The server&apos;s certificate is not trusted: it could not be checked against your IT department&apos;s certificate authority. Ask them for it, and add sslrootcert=FILE to the address.</source>
        <translation>El certificado del servidor no es de confianza: no se pudo comprobar con la autoridad de certificación de su departamento de informática. Pídasela y agregue sslrootcert=ARCHIVO a la dirección.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="180"/>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="182"/>
        <source>The server cannot be reached: check the address, and that this computer is connected to your organisation&apos;s network.</source>
        <translation>No se puede llegar al servidor: revise la dirección y que esta computadora esté conectada a la red de su organización.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="185"/>
        <source>The server does not let this account use the team history.</source>
        <translation>El servidor no permite que esta cuenta use el historial del equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="190"/>
        <source>{problem}
Details: {detail}</source>
        <translation>{problem}
Detalles: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="239"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="274"/>
        <source>Type the team server&apos;s address first.</source>
        <translation>Escriba primero la dirección del servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="263"/>
        <source>You joined your team: History now shows the team&apos;s contacts.</source>
        <translation>Se unió a su equipo: el Historial muestra ahora los contactos del equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="266"/>
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="282"/>
        <source>The connection works: it is encrypted, the server&apos;s certificate is trusted and your password was accepted.</source>
        <translation>La conexión funciona: está cifrada, el certificado del servidor es de confianza y su contraseña fue aceptada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="287"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="294"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="303"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="305"/>
        <source>Leave the team</source>
        <translation>Dejar el equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="298"/>
        <source>Leave the team? ScamScreen forgets the team server&apos;s address and your password, and History shows this computer&apos;s own contacts again. The team&apos;s contacts stay on the server.</source>
        <translation>¿Dejar el equipo? ScamScreen olvida la dirección del servidor del equipo y su contraseña, y el Historial vuelve a mostrar los contactos de esta computadora. Los contactos del equipo se quedan en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="304"/>
        <source>&amp;Leave the team</source>
        <translation>&amp;Dejar el equipo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="306"/>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="307"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_team.py" line="320"/>
        <source>You left the team: History shows this computer&apos;s own contacts.</source>
        <translation>Dejó el equipo: el Historial muestra los contactos de esta computadora.</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="216"/>
        <source>Saved on this computer; it will go to your team when the server is back.</source>
        <translation>Guardado en esta computadora; irá a su equipo cuando el servidor vuelva.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="226"/>
        <source>Saved to your team&apos;s history.</source>
        <translation>Guardado en el historial de su equipo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="230"/>
        <source>✓ Saved to your team&apos;s history. Your team can see it now.</source>
        <translation>✓ Guardado en el historial de su equipo. Su equipo ya puede verlo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/team_link.py" line="243"/>
        <source>The contacts waiting for your team could not be sent: {problem}</source>
        <translation>No se pudieron enviar los contactos que esperan a su equipo: {problem}</translation>
    </message>
</context>
<context>
    <name>TrustedSection</name>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="31"/>
        <source>Your trusted person</source>
        <translation>Su persona de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="38"/>
        <source>Someone you trust, to call before you pay anyone or let anyone into your computer. ScamScreen shows their number with every warning.</source>
        <translation>Alguien de confianza a quien llamar antes de pagarle a alguien o de dejar que alguien entre a su computadora. ScamScreen muestra su número en cada advertencia.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="44"/>
        <source>&amp;Phone number:</source>
        <translation>Número de teléf&amp;ono:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="46"/>
        <source>About your trusted person&apos;s number</source>
        <translation>Sobre el número de su persona de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="51"/>
        <source>Print a re&amp;minder card…</source>
        <translation>Imprimir una tar&amp;jeta recordatorio…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="54"/>
        <source>A page in large letters to keep by the phone: the warning signs, and your trusted person&apos;s number. It is saved as a PDF file to print.</source>
        <translation>Una hoja con letras grandes para tener junto al teléfono: las señales de alarma y el número de su persona de confianza. Se guarda como archivo PDF para imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="66"/>
        <source>Save the reminder card</source>
        <translation>Guardar la tarjeta recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="67"/>
        <source>ScamScreen reminder card.pdf</source>
        <translation>Tarjeta recordatorio de ScamScreen.pdf</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="68"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="78"/>
        <source>The card could not be saved: {problem}</source>
        <translation>No se pudo guardar la tarjeta: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="80"/>
        <source>The card is saved in: {path}. Open it to print it.</source>
        <translation>La tarjeta está guardada en: {path}. Ábrala para imprimirla.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/settings_people.py" line="93"/>
        <source>This number cannot exist as written. Please check it, so you can reach your trusted person when it matters.</source>
        <translation>Este número no puede existir tal como está escrito. Revíselo, para poder comunicarse con su persona de confianza cuando importe.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="228"/>
        <source>Update the scam lists</source>
        <translation>Actualizar las listas de estafas</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="234"/>
        <source>Looking for new lists of scam numbers and websites…</source>
        <translation>Buscando listas nuevas de números y sitios web de estafas…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="253"/>
        <source>Stopping the update… This can take a few seconds if the update server is slow to answer. Nothing will be changed.</source>
        <translation>Deteniendo la actualización… Puede tardar unos segundos si el servidor tarda en responder. No se cambiará nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="262"/>
        <source>Checking the new lists before using them…</source>
        <translation>Revisando las listas nuevas antes de usarlas…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="265"/>
        <source>Downloading the new lists: {done} of {total}.</source>
        <translation>Descargando las listas nuevas: {done} de {total}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="273"/>
        <source>Done. {message} New checks use it from now on.</source>
        <translation>Listo. {message} Las comprobaciones nuevas la usan desde ahora.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="279"/>
        <source>Nothing new: {message}</source>
        <translation>Nada nuevo: {message}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="290"/>
        <source>ScamScreen keeps using the lists it had. You can try again later.</source>
        <translation>ScamScreen sigue usando las listas que tenía. Puede intentarlo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="298"/>
        <source>The update could not be finished because of an unexpected problem. Nothing was changed. You can try again later.</source>
        <translation>No se pudo terminar la actualización por un problema inesperado. No se cambió nada. Puede intentarlo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>UserListsDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="52"/>
        <source>Your block and allow lists</source>
        <translation>Sus listas de bloqueo y de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="69"/>
        <source>Block: ScamScreen warns you whenever this number or website comes up.
Allow: you know it is real (for example your bank&apos;s number from the back of your card). ScamScreen still checks what an allowed caller asks for, because callers can fake the number they show.</source>
        <translation>Bloquear: ScamScreen le avisa cada vez que aparezca este número o sitio web.
Confiar: usted sabe que es real (por ejemplo, el número de su banco que está al reverso de su tarjeta). ScamScreen igual revisa lo que le pide quien llama desde un número de confianza, porque se puede falsificar el número que se muestra.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="78"/>
        <source>Your blocked and allowed numbers and websites</source>
        <translation>Sus números y sitios web bloqueados y de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="80"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="80"/>
        <source>Number or website</source>
        <translation>Número o sitio web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="80"/>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="80"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="95"/>
        <source>&amp;What is on your lists now:</source>
        <translation>&amp;Lo que hay ahora en sus listas:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="100"/>
        <source>You have not blocked or allowed any number or website yet.</source>
        <translation>Todavía no ha bloqueado ni marcado como de confianza ningún número o sitio web.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="106"/>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Quitar lo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="110"/>
        <source>To take an entry off, click it in the list first.</source>
        <translation>Para quitar algo, primero haga clic en ello en la lista.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="116"/>
        <source>Add a number or website</source>
        <translation>Agregar un número o sitio web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="118"/>
        <source>&amp;Block it: warn me about it</source>
        <translation>&amp;Bloquearlo: avíseme</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="119"/>
        <source>&amp;Allow it: I know it is real</source>
        <translation>Con&amp;fiar: sé que es real</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="120"/>
        <source>Block it: warn me about it</source>
        <translation>Bloquearlo: avíseme</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="121"/>
        <source>Allow it: I know it is real</source>
        <translation>Confiar: sé que es real</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="133"/>
        <source>for example 844 555 0199 or help-desk.com</source>
        <translation>por ejemplo 844 555 0199 o help-desk.com</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="136"/>
        <source>for example: called about my “virus”</source>
        <translation>por ejemplo: llamaron por mi “virus”</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="139"/>
        <source>&amp;Number or website:</source>
        <translation>&amp;Número o sitio web:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="140"/>
        <source>N&amp;ote (for you):</source>
        <translation>N&amp;ota (para usted):</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="148"/>
        <source>Problem with the number or website</source>
        <translation>Problema con el número o sitio web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="161"/>
        <source>A&amp;dd to my list</source>
        <translation>A&amp;gregar a mi lista</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="164"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="168"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="202"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="202"/>
        <source>Allowed</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="229"/>
        <source>Your lists cannot be read right now: {problem}</source>
        <translation>Sus listas no se pueden leer en este momento: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="246"/>
        <source>Type a phone number or a website first.</source>
        <translation>Primero escriba un número de teléfono o un sitio web.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="265"/>
        <source>{value} is now on {list}.</source>
        <translation>{value} ya está en {list}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="271"/>
        <source>It was taken off your allow list.</source>
        <translation>Se quitó de su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="273"/>
        <source>It was taken off your block list.</source>
        <translation>Se quitó de su lista de bloqueo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="285"/>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="288"/>
        <source>It could not be saved ({problem}). Nothing was changed.</source>
        <translation>No se pudo guardar ({problem}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="316"/>
        <source>Take {value} off {list}?</source>
        <translation>¿Quitar {value} de {list}?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="320"/>
        <source>Take these {count} entries off your lists?</source>
        <translation>¿Quitar estas {count} entradas de sus listas?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="325"/>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="334"/>
        <source>Remove from your list?</source>
        <translation>¿Quitar de su lista?</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="330"/>
        <source>ScamScreen will stop warning you about it.</source>
        <translation>ScamScreen dejará de avisarle sobre esto.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="332"/>
        <source>ScamScreen will stop treating it as one you know is real.</source>
        <translation>ScamScreen dejará de tratarlo como algo que usted sabe que es real.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="335"/>
        <source>&amp;Yes, remove</source>
        <translation>&amp;Sí, quitar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="336"/>
        <source>&amp;No, keep</source>
        <translation>&amp;No, dejarlo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="337"/>
        <source>Yes, remove</source>
        <translation>Sí, quitar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="338"/>
        <source>No, keep</source>
        <translation>No, dejarlo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="368"/>
        <source>{value} was taken off {list}.</source>
        <translation>{value} se quitó de {list}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="376"/>
        <source>{count} entry was taken off your lists.</source>
        <translation>Se quitó {count} entrada de sus listas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="377"/>
        <source>{count} entries were taken off your lists.</source>
        <translation>Se quitaron {count} entradas de sus listas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="386"/>
        <source>It could not be removed ({problem}). Nothing was changed.</source>
        <translation>No se pudo quitar ({problem}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="398"/>
        <source>your block list</source>
        <translation>su lista de bloqueo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/user_lists.py" line="398"/>
        <source>your allow list</source>
        <translation>su lista de confianza</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="75"/>
        <source>Verdict symbol</source>
        <translation>Símbolo del veredicto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="77"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="87"/>
        <source>Your trusted person</source>
        <translation>Su persona de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="113"/>
        <source>What to do now, step by step</source>
        <translation>Qué hacer ahora, paso a paso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="117"/>
        <source>Risk score</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="120"/>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="125"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="129"/>
        <source>&amp;Save to history</source>
        <translation>&amp;Guardar en el historial</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="130"/>
        <source>&amp;Verify step by step</source>
        <translation>Compro&amp;bar paso a paso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="131"/>
        <source>I already let them &amp;in or paid</source>
        <translation>Ya los dejé e&amp;ntrar o pagué</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="155"/>
        <source>Before you pay anyone or let anyone in, call {name}: {phone}</source>
        <translation>Antes de pagarle a alguien o dejar que alguien entre, llame a {name}: {phone}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="156"/>
        <source>your trusted person</source>
        <translation>su persona de confianza</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="161"/>
        <source>Before you pay anyone or let anyone in, call someone you trust: a family member or a friend.</source>
        <translation>Antes de pagarle a alguien o dejar que alguien entre, llame a alguien de confianza: un familiar o un amigo.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="190"/>
        <source>✓ Saved to your history. You can find it there later.</source>
        <translation>✓ Se guardó en su historial. Puede encontrarlo allí más tarde.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="204"/>
        <source>Tell me what happened</source>
        <translation>Cuénteme qué pasó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="206"/>
        <source>Choose how they contacted you, and type or paste what they said.</source>
        <translation>Elija cómo se comunicaron con usted, y escriba o pegue lo que le dijeron.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="211"/>
        <source>This looks like a scam. Stop now.</source>
        <translation>Esto parece una estafa. Deténgase ahora.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="212"/>
        <source>Something is not right. Check before you do anything.</source>
        <translation>Algo no está bien. Compruebe antes de hacer nada.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="213"/>
        <source>No warning signs found.</source>
        <translation>No se encontraron señales de alarma.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="219"/>
        <source>Hang up or close it now: don&apos;t pay, don&apos;t install anything and don&apos;t read out any code.</source>
        <translation>Cuelgue o ciérrelo ahora: no pague, no instale nada y no lea ningún código en voz alta.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="223"/>
        <source>Don&apos;t pay or let anyone in until you have checked, through a contact you look up yourself.</source>
        <translation>No pague ni deje entrar a nadie hasta haberlo comprobado, con un contacto que usted mismo busque.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="227"/>
        <source>That is not proof it is real: if they want money, access or codes, first check through a contact you look up yourself.</source>
        <translation>Eso no prueba que sea real: si le piden dinero, acceso o códigos, primero compruébelo con un contacto que usted mismo busque.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="238"/>
        <source>Risk score: {score} out of 100.</source>
        <translation>Nivel de riesgo: {score} de 100.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="263"/>
        <source>How to reach the real company:</source>
        <translation>Cómo comunicarse con la empresa de verdad:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="266"/>
        <source>Look up their number yourself: on their own website, a bill, or the back of your card. Never use a number they gave you.</source>
        <translation>Busque usted mismo su número: en su propio sitio web, en una factura o en el reverso de su tarjeta. Nunca use un número que le dieron ellos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="299"/>
        <source>Show all reasons (%n more)</source>
        <translation>
            <numerusform>Mostrar todas las razones (%n más)</numerusform>
            <numerusform>Mostrar todas las razones (%n más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="301"/>
        <source>Show fewer reasons</source>
        <translation>Mostrar menos razones</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="302"/>
        <source>Show all reasons</source>
        <translation>Mostrar todas las razones</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="295"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="253"/>
        <source>How to reach {org} yourself:</source>
        <translation>Cómo comunicarse usted mismo con {org}:</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="83"/>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="91"/>
        <source>How to reach the real company</source>
        <translation>Cómo comunicarse con la empresa de verdad</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="93"/>
        <source>The company&apos;s real contact</source>
        <translation>El contacto real de la empresa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="98"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/verdict_panel.py" line="111"/>
        <source>What to do now:</source>
        <translation>Qué hacer ahora:</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="37"/>
        <source>Contacts per week</source>
        <translation>Contactos por semana</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="49"/>
        <source>Contacts per week for the last {n} weeks: nothing to show yet.</source>
        <translation>Contactos por semana en las últimas {n} semanas: todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="56"/>
        <source>Contacts per week for the last {n} weeks, from the week of {first} to the week of {last}: {total} in all.</source>
        <translation>Contactos por semana en las últimas {n} semanas, de la semana del {first} a la semana del {last}: {total} en total.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="63"/>
        <source>{count} {verdict}</source>
        <translation>{count} {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="69"/>
        <source>By verdict: {parts}.</source>
        <translation>Por veredicto: {parts}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="70"/>
        <source>Busiest: the week of {week}, with {count}.</source>
        <translation>La semana con más: la del {week}, con {count}.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="163"/>
        <source>No contacts in the last {n} weeks.</source>
        <translation>No hubo contactos en las últimas {n} semanas.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_chart.py" line="192"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="45"/>
        <source>Likely scam</source>
        <translation>Probable estafa</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="46"/>
        <source>Suspicious</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="47"/>
        <source>No warning signs</source>
        <translation>Sin señales de alarma</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="52"/>
        <source>Not sure yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="53"/>
        <source>Confirmed scam</source>
        <translation>Estafa confirmada</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="54"/>
        <source>Genuine</source>
        <translation>Legítimo</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="59"/>
        <source>They called</source>
        <translation>Me llamaron</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="60"/>
        <source>You called them</source>
        <translation>Usted los llamó</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="61"/>
        <source>Pop-up</source>
        <translation>Ventana emergente</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="62"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="63"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="64"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="65"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="80"/>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="86"/>
        <location filename="../../app/scamscreen/ui/history_model.py" line="90"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="86"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/history_model.py" line="87"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="96"/>
        <source>What is happening</source>
        <translation>Lo que está pasando</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="99"/>
        <source>How far it has got</source>
        <translation>Cuánto ha avanzado</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="103"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="114"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="115"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/lists_page.py" line="201"/>
        <source>Stopping… Nothing will be changed.</source>
        <translation>Deteniendo… No se cambiará nada.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../app/scamscreen/ui/crash.py" line="91"/>
        <location filename="../../app/scamscreen/ui/crash.py" line="102"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/crash.py" line="93"/>
        <source>ScamScreen ran into a problem it did not expect. Nothing you saved is lost.

You can keep using ScamScreen. If it happens again, close it and open it again.</source>
        <translation>ScamScreen tuvo un problema inesperado. No se perdió nada de lo que guardó.

Puede seguir usando ScamScreen. Si vuelve a pasar, ciérrelo y ábralo otra vez.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/scamscreen/ui/problems.py" line="19"/>
        <source>The computer&apos;s disk is full, so this was not saved. Everything you saved before is safe. Ask someone who looks after this computer to free some space, then save again.</source>
        <translation>El disco de la computadora está lleno, así que esto no se guardó. Todo lo que guardó antes está a salvo. Pida a alguien que cuide de esta computadora que libere algo de espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../app/scamscreen/ui/problems.py" line="27"/>
        <source>ScamScreen cannot save in its folder {folder} ({reason}). Nothing was changed. Ask someone who looks after this computer to let you write in this folder, or to free some space on its disk.</source>
        <translation>ScamScreen no puede guardar en su carpeta {folder} ({reason}). No se cambió nada. Pida a quien se ocupa de esta computadora que le permita escribir en esta carpeta, o que libere espacio en su disco.</translation>
    </message>
</context>
</TS>
